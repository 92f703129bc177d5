// The entity step's speed: CoNLL-2003 eng.testa's words as a document (one paragraph per sentence), the
// structure annotator run once, then the entity annotator alone timed over repeated runs. Processor
// time, not wall time: the machine is shared with builds.
// usage: entity_speed CONLL_FILE   prints "entity step: N tokens/s"
#include <ctime>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include "annotators.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fputs("usage: entity_speed CONLL_FILE\n", stderr);
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "entity_speed: cannot read %s\n", argv[1]);
    return 1;
  }
  std::string conll((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ledeline::Document doc;
  for (size_t pos = 0; pos < conll.size();) {
    size_t end = conll.find('\n', pos);
    if (end == std::string::npos) end = conll.size();
    std::string line = conll.substr(pos, end - pos);
    pos = end + 1;
    if (line.rfind("-DOCSTART-", 0) == 0) continue;
    if (line.empty()) {
      if (!doc.text.empty() && doc.text.back() != '\n') doc.text += "\n\n";
      continue;
    }
    doc.text += line.substr(0, line.find(' '));
    doc.text += ' ';
  }
  auto structure = ledeline::make_structure_annotator();
  auto entities = ledeline::make_entity_annotator();
  if (!entities->ok()) {
    std::fprintf(stderr, "entity_speed: %s\n", entities->error().c_str());
    return 1;
  }
  structure->annotate(doc);
  const size_t tokens = doc.structure.tokens.size();
  size_t runs = 0;
  std::clock_t spent = 0;
  while (spent < 2 * CLOCKS_PER_SEC) {
    ledeline::Document copy = doc;
    std::clock_t start = std::clock();
    entities->annotate(copy);
    spent += std::clock() - start;
    ++runs;
  }
  double seconds = static_cast<double>(spent) / CLOCKS_PER_SEC;
  std::printf("entity step: %.0f tokens/s (%zu tokens x %zu runs in %.2f s of processor time)\n", tokens * runs / seconds,
              tokens, runs, seconds);
  return 0;
}
