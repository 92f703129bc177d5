// ledeline: the command line of the extraction core.
//
//   ledeline annotate [--format json|tsv] [--pretty] [--max-input-bytes N] FILE...
//   ledeline annotate --input jsonl [--threads N] FILE...
//   ledeline annotate --input conll --format conll FILE...
//   ledeline annotate --format brat|conll|webanno|csv FILE...
//   ledeline annotate --format timeml [--dct YYYY-MM-DD] FILE...
//
// One JSON object per input document, one per line (JSON Lines). "-" reads standard input.
// With --input jsonl every line of a FILE is a document (batch mode, see batch.h).
// A file that cannot be annotated gets a one-line error on stderr; the others are still written;
// the exit status is then 1.
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <sys/stat.h>
#include <thread>
#include <vector>

#include "batch.h"

#include "ledeline/brat.h"
#include "ledeline/conll.h"
#include "ledeline/entity_csv.h"
#include "ledeline/entity_tagger.h"
#include "ledeline/pipeline.h"
#include "ledeline/timeml.h"
#include "ledeline/web_annotation.h"
#include "ledeline/writers.h"

namespace {

constexpr const char* kUsage =
    "usage: ledeline annotate [options] FILE...\n"
    "  Annotates news articles; '-' reads one document from standard input.\n"
    "options:\n"
    "  --format json|tsv       json: one JSON object per document, one per line (default);\n"
    "                          tsv: one annotation a line, kind<TAB>text<TAB>key=value; ...\n"
    "  --pretty                indent the JSON for people\n"
    "  --max-input-bytes N     refuse inputs larger than N bytes (default 67108864, 64 MiB)\n"
    "  --input jsonl           batch mode: each FILE is JSON Lines, one {\"text\": ...} object a line;\n"
    "                          one JSON line out per document, in input order; a bad line gives\n"
    "                          {\"error\": ..., \"line\": N} and the others go on\n"
    "  --threads N             batch mode threads (default: one per core)\n"
    "  --input conll --format conll\n"
    "                          pre-tokenised CoNLL lines in (word first), the same lines out with the\n"
    "                          entity tagger's IOB2 tag as one more column\n"
    "  --format timeml         TimeML with TIMEX3 elements around the time expressions; a TimeML\n"
    "                          input (TempEval-3 form) keeps its markup and its <DCT>\n"
    "  --dct YYYY-MM-DD        the date relative times resolve against (default: the publication\n"
    "                          date found in the text, or the <DCT> of a TimeML input)\n"
    "  --format brat           the attributions (quotes, reported speech) as brat standoff in the\n"
    "                          form of PolNeAR: Source, Cue, Content; offsets in code points\n"
    "  --format conll          without --input conll: the document's tokens, one a line, with their\n"
    "                          byte offsets, BIO tag of the names and the tag's origin (rule, person)\n"
    "  --format webanno        W3C Web Annotation (JSON-LD): an AnnotationCollection of the annotations\n"
    "  --format csv            the names as CSV: entity, kind, text, start, end, rule, origin\n"
    "  -h, --help              this text\n";

struct CliOptions {
  std::string format = "json";
  bool pretty = false;
  bool jsonl = false;
  bool conll_in = false;
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  ledeline::Options pipeline;
  ledeline::RunOptions run;  // the same for every file: --dct
  std::vector<std::string> files;
};

// Reads a whole file (or stdin for "-") unless it is over the limit, which is checked first.
bool read_input(const std::string& path, size_t limit, std::string& bytes, std::string& error) {
  if (path == "-") {
    std::vector<char> buf(1 << 16);
    size_t n;
    while ((n = std::fread(buf.data(), 1, buf.size(), stdin)) > 0) {
      bytes.append(buf.data(), n);
      if (bytes.size() > limit) break;  // decode_text reports it; no need to read on
    }
    return true;
  }
  struct stat st{};
  if (stat(path.c_str(), &st) != 0) {
    error = std::strerror(errno);
    return false;
  }
  if (S_ISDIR(st.st_mode)) {
    error = "is a directory";
    return false;
  }
  if (static_cast<unsigned long long>(st.st_size) > limit) {
    error = "input is " + std::to_string(st.st_size) + " bytes, over the limit of " + std::to_string(limit) +
            " bytes (raise it with --max-input-bytes)";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = std::strerror(errno);
    return false;
  }
  bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return true;
}

// --input conll: only the entity tagger runs, on the given tokens.
int tag_conll_files(const CliOptions& o) {
  ledeline::EntityTagger tagger;
  if (!tagger.ok()) {
    std::fprintf(stderr, "ledeline: %s\n", tagger.error().c_str());
    return 1;
  }
  int status = 0;
  for (const std::string& path : o.files) {
    std::string bytes, error;
    if (!read_input(path, o.pipeline.max_input_bytes, bytes, error)) {
      std::fprintf(stderr, "ledeline: %s: %s\n", path.c_str(), error.c_str());
      status = 1;
      continue;
    }
    std::string out = tagger.tag_conll(bytes);
    std::fwrite(out.data(), 1, out.size(), stdout);
  }
  return status;
}

int parse_args(int argc, char** argv, CliOptions& o) {
  if (argc < 2 || std::strcmp(argv[1], "-h") == 0 || std::strcmp(argv[1], "--help") == 0) {
    std::fputs(kUsage, argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  if (std::strcmp(argv[1], "annotate") != 0) {
    std::fprintf(stderr, "ledeline: unknown command '%s'\n%s", argv[1], kUsage);
    return 2;
  }
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&](const char* flag) -> const char* {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "ledeline: %s needs a value\n", flag);
        return nullptr;
      }
      return argv[++i];
    };
    if (a == "--pretty") {
      o.pretty = true;
    } else if (a == "--format") {
      const char* v = value("--format");
      if (!v) return 2;
      o.format = v;
      if (o.format != "json" && o.format != "tsv" && o.format != "conll" && o.format != "brat" && o.format != "timeml" &&
          o.format != "webanno" && o.format != "csv") {
        std::fprintf(stderr, "ledeline: unknown format '%s' (json, tsv, conll, brat, timeml, webanno, csv)\n", v);
        return 2;
      }
    } else if (a == "--max-input-bytes") {
      const char* v = value("--max-input-bytes");
      if (!v) return 2;
      char* end = nullptr;
      unsigned long long n = std::strtoull(v, &end, 10);
      if (!*v || *end || n == 0) {
        std::fprintf(stderr, "ledeline: --max-input-bytes needs a positive number of bytes\n");
        return 2;
      }
      o.pipeline.max_input_bytes = static_cast<size_t>(n);
    } else if (a == "--dct") {
      const char* v = value("--dct");
      if (!v) return 2;
      o.run.dct = ledeline::parse_iso_date(v);
      if (!o.run.dct) {
        std::fprintf(stderr, "ledeline: --dct needs a date YYYY-MM-DD\n");
        return 2;
      }
    } else if (a == "--input") {
      const char* v = value("--input");
      if (!v) return 2;
      if (std::strcmp(v, "jsonl") != 0 && std::strcmp(v, "conll") != 0) {
        std::fprintf(stderr, "ledeline: unknown input '%s' (jsonl, conll)\n", v);
        return 2;
      }
      o.jsonl = std::strcmp(v, "jsonl") == 0;
      o.conll_in = std::strcmp(v, "conll") == 0;
    } else if (a == "--threads") {
      const char* v = value("--threads");
      if (!v) return 2;
      char* end = nullptr;
      unsigned long n = std::strtoul(v, &end, 10);
      if (!*v || *end || n == 0 || n > 256) {
        std::fprintf(stderr, "ledeline: --threads needs a number from 1 to 256\n");
        return 2;
      }
      o.threads = static_cast<unsigned>(n);
    } else if (a == "-h" || a == "--help") {
      std::fputs(kUsage, stdout);
      return 0;
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      std::fprintf(stderr, "ledeline: unknown option '%s'\n%s", a.c_str(), kUsage);
      return 2;
    } else {
      o.files.push_back(a);
    }
  }
  if (o.files.empty()) {
    std::fprintf(stderr, "ledeline: no input files\n%s", kUsage);
    return 2;
  }
  if (o.jsonl && (o.format != "json" || o.pretty)) {
    std::fprintf(stderr, "ledeline: --input jsonl writes JSON Lines only (no --format tsv, no --pretty)\n");
    return 2;
  }
  if (o.conll_in && o.format != "conll") {
    std::fprintf(stderr, "ledeline: --input conll writes --format conll only\n");
    return 2;
  }
  return -1;
}

// --format timeml: a TimeML input (the TempEval-3 form) keeps its markup and is resolved against its
// own <DCT> unless --dct is given; any other text becomes a minimal TimeML file.
bool write_timeml_file(const CliOptions& o, const ledeline::Pipeline& pipeline, const std::string& path,
                       const std::string& bytes) {
  std::optional<ledeline::TimemlSource> source = ledeline::read_timeml(bytes);
  ledeline::RunOptions run = o.run;
  if (source && !run.dct) run.dct = source->dct;
  ledeline::Result r = pipeline.run(source ? std::string_view(source->text) : std::string_view(bytes), path, run);
  if (!r.ok()) {
    std::fprintf(stderr, "ledeline: %s: %s\n", path.c_str(), r.error.c_str());
    return false;
  }
  std::string out = ledeline::write_timeml(r.document, source ? &*source : nullptr);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return true;
}

std::string write_document(const CliOptions& o, const ledeline::Document& doc) {
  if (o.format == "tsv") return ledeline::write_tsv(doc);
  if (o.format == "brat") return ledeline::write_brat(doc);
  if (o.format == "conll") return ledeline::write_conll(doc);
  if (o.format == "webanno") return ledeline::write_web_annotation(doc);
  if (o.format == "csv") return ledeline::write_entity_csv(doc);
  return ledeline::write_json(doc, o.pretty) + "\n";
}

}  // namespace

int main(int argc, char** argv) {
  CliOptions o;
  if (int status = parse_args(argc, argv, o); status >= 0) return status;
  if (o.conll_in) return tag_conll_files(o);
  ledeline::Pipeline pipeline(o.pipeline);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "ledeline: %s\n", pipeline.error().c_str());
    return 1;
  }
  int status = 0;
  if (o.jsonl) {
    for (const std::string& path : o.files) {
      const ledeline::BatchOptions batch{path == "-" ? "stdin" : path, o.threads, o.pipeline.max_input_bytes, o.run};
      std::FILE* in = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
      if (!in) {
        std::fprintf(stderr, "ledeline: %s: %s\n", path.c_str(), std::strerror(errno));
        status = 1;
        continue;
      }
      if (!ledeline::run_batch(pipeline, in, stdout, batch)) {
        std::fprintf(stderr, "ledeline: %s: read or write failed\n", path.c_str());
        status = 1;
      }
      if (in != stdin) std::fclose(in);
    }
    return status;
  }
  for (const std::string& path : o.files) {
    std::string bytes, error;
    if (!read_input(path, o.pipeline.max_input_bytes, bytes, error)) {
      std::fprintf(stderr, "ledeline: %s: %s\n", path.c_str(), error.c_str());
      status = 1;
      continue;
    }
    if (o.format == "timeml") {
      if (!write_timeml_file(o, pipeline, path, bytes)) status = 1;
      continue;
    }
    // A JSON array or JSON Lines file holds several documents: one output each.
    for (const ledeline::Result& r : pipeline.run_all(bytes, path == "-" ? "stdin" : path, o.run)) {
      if (!r.ok()) {
        std::fprintf(stderr, "ledeline: %s: %s\n", path.c_str(), r.error.c_str());
        status = 1;
        continue;
      }
      for (const std::string& w : r.document.warnings)
        std::fprintf(stderr, "ledeline: %s: warning: %s\n", r.document.name.c_str(), w.c_str());
      const std::string out = write_document(o, r.document);
      std::fwrite(out.data(), 1, out.size(), stdout);
    }
  }
  return status;
}
