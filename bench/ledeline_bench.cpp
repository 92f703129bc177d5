// Times the pipeline over the benchmark corpus (bench/corpus.cjs writes it), natively or as
// WebAssembly in node (the same program, built by em++ with NODERAWFS). Prints one JSON object:
// for every run, the CPU seconds of the whole path (Pipeline::run and write_json, as the CLI and the page
// call them) and of each step, per corpus set; the corpus's bytes and tokens.
//
// The steps are timed by doing what Pipeline::run_all does, one step at a time: decoding, reading the
// input form, each annotator of Pipeline::annotators(), the total order, the JSON writer. The normal
// path carries no timing code; the first run checks that the step by step path writes exactly the
// JSON of the normal path, so the two cannot drift apart unnoticed.
//
// usage: ledeline-bench CORPUS.jsonl [RUNS]
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ledeline/pipeline.h"
#include "ledeline/writers.h"
#include "readers.h"

#ifdef __EMSCRIPTEN__
#include <emscripten/emscripten.h>
#endif

namespace {

using ledeline::Document;

struct CorpusDoc {
  std::string set, text;
};

// CPU seconds of this process: on a shared machine the wall clock also counts the time others ran.
#ifdef __EMSCRIPTEN__
EM_JS(double, cpu_seconds, (), {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
});
#else
double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}
#endif

double seconds_since(double& start) {
  double now = cpu_seconds();
  double s = now - start;
  start = now;
  return s;
}

// Seconds per step name, for one document; the JSON it wrote (the last step).
std::string run_steps(const ledeline::Pipeline& pipeline, const std::string& bytes, std::map<std::string, double>& steps) {
  double t = cpu_seconds();
  ledeline::DecodedText decoded = ledeline::decode_text(bytes);
  steps["decode"] += seconds_since(t);
  if (!decoded.ok()) return "";
  ledeline::ReadOutcome read = ledeline::read_any(std::move(decoded.text));
  if (!read.error.empty() || read.documents.size() != 1) return "";
  Document doc = std::move(read.documents[0]);
  doc.name = "bench";
  doc.warnings.insert(doc.warnings.begin(), decoded.warnings.begin(), decoded.warnings.end());
  doc.source_map = doc.source_map.then(decoded.map);
  steps["read"] += seconds_since(t);
  for (const auto& annotator : pipeline.annotators()) {
    annotator->annotate(doc);
    steps[std::string(annotator->name())] += seconds_since(t);
  }
  std::stable_sort(doc.annotations.begin(), doc.annotations.end(), ledeline::annotation_less);
  steps["order"] += seconds_since(t);
  std::string json = ledeline::write_json(doc);
  steps["write"] += seconds_since(t);
  return json;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: ledeline-bench CORPUS.jsonl [RUNS]\n");
    return 2;
  }
  const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  std::vector<CorpusDoc> corpus;
  {
    std::ifstream in(argv[1], std::ios::binary);
    std::string line;
    while (std::getline(in, line)) {
      nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
      if (!j.is_object() || !j["set"].is_string() || !j["text"].is_string()) continue;
      corpus.push_back({j["set"].get<std::string>(), j["text"].get<std::string>()});
    }
  }
  if (corpus.empty()) {
    std::fprintf(stderr, "ledeline-bench: no documents in %s\n", argv[1]);
    return 1;
  }
  const ledeline::Pipeline pipeline;
  if (!pipeline.ok()) {
    std::fprintf(stderr, "ledeline-bench: %s\n", pipeline.error().c_str());
    return 1;
  }

  nlohmann::ordered_json sets = nlohmann::ordered_json::object();
  for (const CorpusDoc& d : corpus) {
    ledeline::Result r = pipeline.run(d.text, "bench");
    if (!r.ok()) {
      std::fprintf(stderr, "ledeline-bench: a %s document: %s\n", d.set.c_str(), r.error.c_str());
      return 1;
    }
    std::map<std::string, double> ignored;
    if (run_steps(pipeline, d.text, ignored) != ledeline::write_json(r.document)) {
      std::fprintf(stderr, "ledeline-bench: the step by step path differs from Pipeline::run (a %s document)\n",
                   d.set.c_str());
      return 1;
    }
    nlohmann::ordered_json& s = sets[d.set];
    if (s.is_null()) s = {{"docs", 0}, {"bytes", 0}, {"tokens", 0}};
    s["docs"] = s["docs"].get<uint64_t>() + 1;
    s["bytes"] = s["bytes"].get<uint64_t>() + d.text.size();
    s["tokens"] = s["tokens"].get<uint64_t>() + r.document.structure.tokens.size();
  }

  nlohmann::ordered_json out_runs = nlohmann::ordered_json::array();
  for (int run = 0; run < runs; ++run) {
    std::map<std::string, double> total;                          // set -> seconds
    std::map<std::string, std::map<std::string, double>> steps;  // step -> set -> seconds
    for (const CorpusDoc& d : corpus) {
      double t = cpu_seconds();
      std::string json = ledeline::write_json(pipeline.run(d.text, "bench").document);
      total[d.set] += seconds_since(t);
      std::map<std::string, double> doc_steps;
      run_steps(pipeline, d.text, doc_steps);
      for (const auto& [step, s] : doc_steps) steps[step][d.set] += s;
    }
    out_runs.push_back({{"total", total}, {"steps", steps}});
  }
  nlohmann::ordered_json step_order = {"decode", "read"};
  for (const auto& annotator : pipeline.annotators()) step_order.push_back(std::string(annotator->name()));
  step_order.push_back("order");
  step_order.push_back("write");

  nlohmann::ordered_json out = {{"sets", sets}, {"step_order", step_order}, {"runs", out_runs}};
  std::printf("%s\n", out.dump().c_str());
  return 0;
}
