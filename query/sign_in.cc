#include "sign_in.h"

#include <sodium.h>

#include <algorithm>
#include <iterator>

namespace lexgraph {
namespace {

constexpr std::size_t kTokenBytes = 32;
constexpr std::size_t kSweepAbove = 4096;  // addresses and names with failures

std::string Hex(const unsigned char* bytes, std::size_t size) {
  std::string out(size * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), bytes, size);
  out.pop_back();
  return out;
}

}  // namespace

SignIn::SignIn(UserFile users) : users_(std::move(users)) {
  if (sodium_init() < 0) throw UserFileError("libsodium cannot start (no source of randomness?)");
}

std::string SignIn::TokenHash(std::string_view token) {
  unsigned char hash[crypto_generichash_BYTES];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(token.data()),
                     token.size(), nullptr, 0);
  return Hex(hash, sizeof hash);
}

std::deque<SignIn::Clock::time_point>& SignIn::Failures(const std::string& key,
                                                        Clock::time_point now) {
  std::deque<Clock::time_point>& failures = failures_[key];
  while (!failures.empty() && now - failures.front() >= kFailureWindow) failures.pop_front();
  return failures;
}

SignIn::Attempt SignIn::TrySignIn(std::string_view user, std::string_view password,
                                  const std::string& address) {
  const std::string by_address = "address " + address;
  // A name no user can have is counted as one, so that names made up by the
  // thousand do not grow the table.
  const std::string by_name =
      "name " + (UserFile::IsValidName(user) ? std::string(user) : std::string("(invalid)"));
  {
    std::lock_guard<std::mutex> lock(mutex_);
    Clock::time_point now = now_();
    Clock::time_point until = now;
    for (const std::string* key : {&by_address, &by_name}) {
      const auto& failures = Failures(*key, now);
      if (failures.size() >= static_cast<std::size_t>(kMaxFailures))
        until = std::max(until, failures.front() + kFailureWindow);
    }
    if (until > now) {
      auto wait = std::chrono::ceil<std::chrono::seconds>(until - now);
      return {Attempt::Outcome::kTooManyAttempts, "", wait};
    }
  }
  bool verified;
  {
    std::lock_guard<std::mutex> one_at_a_time(verifying_);
    verified = users_.Verify(user, password);
  }
  std::lock_guard<std::mutex> lock(mutex_);
  Clock::time_point now = now_();
  if (!verified) {
    // Verifications run one at a time, so failures come at most a few a
    // second; the table is swept of entries older than the window now and
    // then, which bounds it.
    if (failures_.size() > kSweepAbove)
      for (auto it = failures_.begin(); it != failures_.end();) {
        auto& times = it->second;
        while (!times.empty() && now - times.front() >= kFailureWindow) times.pop_front();
        it = times.empty() ? failures_.erase(it) : std::next(it);
      }
    Failures(by_address, now).push_back(now);
    Failures(by_name, now).push_back(now);
    return {Attempt::Outcome::kWrongPassword, "", {}};
  }
  failures_.erase(by_address);
  failures_.erase(by_name);
  // Expired sessions go when a new one starts, so that the map stays as
  // large as the sessions of the last 12 hours.
  std::erase_if(sessions_, [&](const auto& entry) { return entry.second.expires <= now; });
  unsigned char bytes[kTokenBytes];
  randombytes_buf(bytes, sizeof bytes);
  std::string token = Hex(bytes, sizeof bytes);
  sessions_[TokenHash(token)] = {std::string(user), now + kSessionLifetime};
  return {Attempt::Outcome::kSignedIn, token, {}};
}

std::optional<std::string> SignIn::UserOf(std::string_view token) {
  if (token.size() != kTokenBytes * 2) return std::nullopt;
  std::string hash = TokenHash(token);
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = sessions_.find(hash);
  if (it == sessions_.end()) return std::nullopt;
  if (it->second.expires <= now_()) {
    sessions_.erase(it);
    return std::nullopt;
  }
  return it->second.user;
}

void SignIn::End(std::string_view token) {
  std::string hash = TokenHash(token);
  std::lock_guard<std::mutex> lock(mutex_);
  sessions_.erase(hash);
}

}  // namespace lexgraph
