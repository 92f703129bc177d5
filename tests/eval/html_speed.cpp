// The speed of reading HTML alone: every FILE decoded and read (main text and metadata) RUNS times.
// Prints the bytes, the runs and the median MB/s of whole passes over all files, in processor time
// (the machine is shared with builds).
//
// usage: html_speed RUNS FILE...
#include <algorithm>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "ledeline/text_decoder.h"
#include "readers.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: html_speed RUNS FILE...\n");
    return 2;
  }
  int runs = std::max(1, std::atoi(argv[1]));
  std::vector<std::string> pages;
  size_t bytes = 0;
  for (int i = 2; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "html_speed: cannot read %s\n", argv[i]);
      return 1;
    }
    pages.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    bytes += pages.back().size();
  }
  std::vector<double> mb_per_s;
  size_t text_bytes = 0;
  for (int r = 0; r < runs; ++r) {
    text_bytes = 0;
    std::clock_t start = std::clock();
    for (const std::string& page : pages) {
      ledeline::DecodedText decoded = ledeline::decode_text(page);
      if (!decoded.ok()) continue;
      ledeline::ReadOutcome read = ledeline::read_any(std::move(decoded.text));
      for (const ledeline::Document& d : read.documents) text_bytes += d.text.size();
    }
    double seconds = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
    mb_per_s.push_back(bytes / 1e6 / seconds);
  }
  std::sort(mb_per_s.begin(), mb_per_s.end());
  std::printf("HTML reading: %zu pages, %zu bytes of HTML -> %zu bytes of text, %d runs, median %.1f MB/s\n",
              pages.size(), bytes, text_bytes, runs, mb_per_s[mb_per_s.size() / 2]);
  return 0;
}
