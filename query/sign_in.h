// sign_in.h: who is signed in to a shared `lexquery serve`, and how often
// one may try.
//
// A sign-in checks a name and password against the UserFile and, when
// they match, starts a session: a random 256-bit token (libsodium), given
// to the browser as a cookie and kept here by its hash only, for 12 hours.
// A token that was never given, has expired or was ended reads as no
// session; a guessed or altered one is as good as none (2^-256).
//
// Attempts are limited per client address and per user name alike: after 5
// failures within 15 minutes, that address (or name) is refused until the
// oldest of them is 15 minutes old, even with the right password, so that
// guessing costs days, not seconds. A success forgets the address's and
// the name's failures. Verifications run one at a time: each costs 64 MiB
// and about 0.1 s (user_file.h), and a burst must not take the memory.
//
// Thread-safe: the server's worker threads share one SignIn.
#ifndef LEXGRAPH_QUERY_SIGN_IN_H_
#define LEXGRAPH_QUERY_SIGN_IN_H_

#include <chrono>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "user_file.h"

namespace lexgraph {

class SignIn {
 public:
  using Clock = std::chrono::steady_clock;
  static constexpr int kMaxFailures = 5;
  static constexpr std::chrono::minutes kFailureWindow{15};
  static constexpr std::chrono::hours kSessionLifetime{12};

  // Throws UserFileError when libsodium cannot start.
  explicit SignIn(UserFile users);

  struct Attempt {
    enum class Outcome { kSignedIn, kWrongPassword, kTooManyAttempts } outcome;
    std::string token;                   // kSignedIn: the session's cookie value
    std::chrono::seconds retry_after{};  // kTooManyAttempts: when to try again
  };
  // Checks `user` and `password` for a client at `address`.
  Attempt TrySignIn(std::string_view user, std::string_view password, const std::string& address);

  // The user whose session `token` is, if it is live.
  std::optional<std::string> UserOf(std::string_view token);

  // Ends the session (signing out); nothing when there is none.
  void End(std::string_view token);

  // For tests: the time the limits and sessions read.
  void SetClockForTesting(std::function<Clock::time_point()> now) { now_ = std::move(now); }

 private:
  struct Session {
    std::string user;
    Clock::time_point expires;
  };
  // The failures of one address or name, oldest first, within the window.
  std::deque<Clock::time_point>& Failures(const std::string& key, Clock::time_point now);
  static std::string TokenHash(std::string_view token);

  const UserFile users_;
  std::mutex verifying_;                     // one Argon2id verification at a time
  std::mutex mutex_;                         // guards what follows
  std::map<std::string, Session> sessions_;  // by TokenHash
  std::map<std::string, std::deque<Clock::time_point>> failures_;
  std::function<Clock::time_point()> now_ = [] { return Clock::now(); };
};

}  // namespace lexgraph

#endif  // LEXGRAPH_QUERY_SIGN_IN_H_
