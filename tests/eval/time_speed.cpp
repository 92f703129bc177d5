// The speed of the time step alone: the text of FILE split into paragraphs, sentences and tokens once,
// then the time annotator run RUNS times over it. Prints JSON: bytes, runs, the median MB/s of processor
// time (wall time on this shared machine says more about the other jobs than about the code).
//
// usage: time_speed FILE RUNS
#include <algorithm>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "annotators.h"
#include "ledeline/pipeline.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: time_speed FILE RUNS\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "time_speed: cannot read %s\n", argv[1]);
    return 1;
  }
  ledeline::Document doc;
  doc.text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  int runs = std::max(1, std::atoi(argv[2]));
  doc.dct = ledeline::CivilDate{1998, 1, 8};  // so that relative expressions are resolved
  auto structure = ledeline::make_structure_annotator();
  auto time = ledeline::make_time_annotator();
  structure->annotate(doc);
  std::vector<double> mb_per_s;
  size_t found = 0;
  for (int r = 0; r < runs; ++r) {
    doc.annotations.clear();
    std::clock_t start = std::clock();
    time->annotate(doc);
    double seconds = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
    mb_per_s.push_back(doc.text.size() / 1e6 / std::max(seconds, 1e-6));
    found = doc.annotations.size();
  }
  std::sort(mb_per_s.begin(), mb_per_s.end());
  std::printf("{\"bytes\": %zu, \"runs\": %d, \"found\": %zu, \"median_mb_per_s\": %.2f}\n", doc.text.size(), runs,
              found, mb_per_s[mb_per_s.size() / 2]);
  return 0;
}
