#include "batch.h"

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "ledeline/batch.h"

namespace ledeline {
namespace {

// Lines of a stream, each cut off at a limit so that one huge line cannot exhaust memory.
class LineReader {
 public:
  LineReader(std::FILE* in, size_t max_line_bytes) : in_(in), max_(max_line_bytes), buf_(size_t{1} << 16) {}

  // The next line without its '\n' (or "\r\n"); `too_long` when bytes beyond the limit were dropped.
  bool next(std::string& line, bool& too_long) {
    line.clear();
    too_long = false;
    bool any = false;
    for (;;) {
      if (pos_ == len_) {
        len_ = std::fread(buf_.data(), 1, buf_.size(), in_);
        pos_ = 0;
        if (len_ == 0) break;
      }
      any = true;
      const char* start = buf_.data() + pos_;
      const void* nl = std::memchr(start, '\n', len_ - pos_);
      size_t n = nl ? static_cast<const char*>(nl) - start : len_ - pos_;
      size_t room = line.size() < max_ ? max_ - line.size() : 0;
      if (n > room) too_long = true;
      line.append(start, std::min(n, room));
      pos_ += n;
      if (nl) {
        ++pos_;
        break;
      }
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return any;
  }
  bool failed() const { return std::ferror(in_) != 0; }

 private:
  std::FILE* in_;
  size_t max_;
  std::vector<char> buf_;
  size_t pos_ = 0, len_ = 0;
};

bool blank(const std::string& line) { return line.find_first_not_of(" \t") == std::string::npos; }

// A ring of slots: the reader fills slot `read % size`, workers annotate the slots between `claimed`
// and `read`, the writer empties slot `written % size` in order. The reader waits while the ring is full.
class Batch {
 public:
  Batch(const Pipeline& pipeline, const BatchOptions& options)
      : pipeline_(pipeline), options_(options), slots_(4 * size_t{options.threads} + 4) {}

  bool run(std::FILE* in, std::FILE* out) {
    std::vector<std::thread> workers;
    for (unsigned i = 0; i < options_.threads; ++i) workers.emplace_back([this] { work(); });
    std::thread writer([this, out] { write(out); });
    LineReader reader(in, options_.max_line_bytes);
    std::string line;
    bool too_long = false;
    for (uint64_t number = 1; reader.next(line, too_long); ++number) {
      if (!too_long && blank(line)) continue;
      std::unique_lock<std::mutex> lock(mutex_);
      space_.wait(lock, [this] { return read_ - written_ < slots_.size(); });
      Slot& slot = slots_[read_ % slots_.size()];
      slot.number = number;
      slot.too_long = too_long;
      slot.input.swap(line);
      ++read_;
      work_.notify_one();
    }
    {
      std::lock_guard<std::mutex> lock(mutex_);
      end_ = true;
    }
    work_.notify_all();
    done_.notify_all();
    for (std::thread& t : workers) t.join();
    writer.join();
    return !reader.failed() && !write_failed_;
  }

 private:
  struct Slot {
    uint64_t number = 0;
    bool too_long = false;
    bool done = false;
    std::string input, output;
  };

  void work() {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      work_.wait(lock, [this] { return claimed_ < read_ || end_; });
      if (claimed_ == read_) return;  // end of input and nothing left to claim
      Slot& slot = slots_[claimed_++ % slots_.size()];
      lock.unlock();
      slot.output = slot.too_long ? json_line_error("line over the limit of " + std::to_string(options_.max_line_bytes) +
                                                        " bytes (raise it with --max-input-bytes)",
                                                    slot.number)
                                  : annotate_json_line(pipeline_, slot.input, options_.stream_name, slot.number, options_.run);
      slot.output += '\n';
      std::string().swap(slot.input);
      lock.lock();
      slot.done = true;
      done_.notify_all();
    }
  }

  void write(std::FILE* out) {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      done_.wait(lock, [this] {
        return (written_ < read_ && slots_[written_ % slots_.size()].done) || (end_ && written_ == read_);
      });
      if (written_ == read_) break;
      Slot& slot = slots_[written_ % slots_.size()];
      std::string output;
      output.swap(slot.output);
      lock.unlock();
      if (std::fwrite(output.data(), 1, output.size(), out) != output.size()) write_failed_ = true;
      lock.lock();
      slot.done = false;
      ++written_;
      space_.notify_one();
    }
    if (std::fflush(out) != 0) write_failed_ = true;
  }

  const Pipeline& pipeline_;
  const BatchOptions options_;
  std::vector<Slot> slots_;
  std::mutex mutex_;
  std::condition_variable work_, done_, space_;
  uint64_t read_ = 0, claimed_ = 0, written_ = 0;
  bool end_ = false;
  bool write_failed_ = false;  // only the writer thread touches it before join
};

}  // namespace

bool run_batch(const Pipeline& pipeline, std::FILE* in, std::FILE* out, const BatchOptions& options) {
  BatchOptions o = options;
  if (o.threads == 0) o.threads = 1;
  return Batch(pipeline, o).run(in, out);
}

}  // namespace ledeline
