// UserFile (the users file of `lexquery serve --users`) and SignIn (its
// sessions and the limit on attempts), in-process, with the clock moved by
// hand where time matters.
#include "sign_in.h"

#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "user_file.h"

namespace lexgraph {
namespace {

namespace fs = std::filesystem;

class SignInTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "sign-in-XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path Users() const { return dir_ / "users.txt"; }

  fs::path dir_;
};

TEST_F(SignInTest, UserFileKeepsHashesNotPasswords) {
  UserFile::SetPassword(Users(), "lan", "mật khẩu của Lan");
  UserFile::SetPassword(Users(), "minh.tran@skhcn", "khac-hoan-toan");
  std::ifstream in(Users());
  std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(all.find("mật khẩu"), std::string::npos) << all;
  EXPECT_NE(all.find("lan:$argon2id$"), std::string::npos) << all;
  struct stat st {};
  ASSERT_EQ(::stat(Users().c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);

  UserFile users = UserFile::Read(Users());
  EXPECT_EQ(users.size(), 2u);
  EXPECT_TRUE(users.Verify("lan", "mật khẩu của Lan"));
  EXPECT_FALSE(users.Verify("lan", "mật khẩu của lan"));
  EXPECT_FALSE(users.Verify("lan", ""));
  EXPECT_FALSE(users.Verify("minh.tran@skhcn", "mật khẩu của Lan"));
  EXPECT_FALSE(users.Verify("nobody", "mật khẩu của Lan"));

  // A new password replaces the old one, and the other user stays.
  UserFile::SetPassword(Users(), "lan", "mật khẩu mới 2026");
  users = UserFile::Read(Users());
  EXPECT_EQ(users.size(), 2u);
  EXPECT_FALSE(users.Verify("lan", "mật khẩu của Lan"));
  EXPECT_TRUE(users.Verify("lan", "mật khẩu mới 2026"));
  EXPECT_TRUE(users.Verify("minh.tran@skhcn", "khac-hoan-toan"));
}

TEST_F(SignInTest, BadNamesPasswordsAndFilesAreRefusedWithTheReason) {
  EXPECT_THROW(UserFile::SetPassword(Users(), "có dấu", "mật khẩu dài"), UserFileError);
  EXPECT_THROW(UserFile::SetPassword(Users(), "a:b", "mật khẩu dài"), UserFileError);
  EXPECT_THROW(UserFile::SetPassword(Users(), "lan", "ngắn"), UserFileError);
  EXPECT_FALSE(fs::exists(Users())) << "nothing written for a refused password";
  try {
    UserFile::Read(Users());
    FAIL() << "a missing users file read";
  } catch (const UserFileError& e) {
    EXPECT_NE(std::string(e.what()).find("lexquery passwd"), std::string::npos) << e.what();
  }
  std::ofstream(Users()) << "# who may read\nlan:plaintext-password\n";
  try {
    UserFile::Read(Users());
    FAIL() << "a password in clear read as a hash";
  } catch (const UserFileError& e) {
    EXPECT_NE(std::string(e.what()).find("line 2"), std::string::npos) << e.what();
  }
}

TEST_F(SignInTest, SessionsAreTheTokensGivenAndNothingElse) {
  UserFile::SetPassword(Users(), "lan", "mật khẩu của Lan");
  SignIn sign_in(UserFile::Read(Users()));
  SignIn::Attempt wrong = sign_in.TrySignIn("lan", "đoán bừa", "192.0.2.7");
  EXPECT_EQ(wrong.outcome, SignIn::Attempt::Outcome::kWrongPassword);
  EXPECT_TRUE(wrong.token.empty());

  SignIn::Attempt right = sign_in.TrySignIn("lan", "mật khẩu của Lan", "192.0.2.7");
  ASSERT_EQ(right.outcome, SignIn::Attempt::Outcome::kSignedIn);
  EXPECT_EQ(right.token.size(), 64u);
  EXPECT_EQ(sign_in.UserOf(right.token), std::optional<std::string>("lan"));
  SignIn::Attempt again = sign_in.TrySignIn("lan", "mật khẩu của Lan", "192.0.2.7");
  EXPECT_NE(again.token, right.token) << "each sign-in has its own token";

  // A forged token: the right length, one digit changed, or made up.
  std::string forged = right.token;
  forged[10] = forged[10] == 'a' ? 'b' : 'a';
  EXPECT_EQ(sign_in.UserOf(forged), std::nullopt);
  EXPECT_EQ(sign_in.UserOf(std::string(64, '0')), std::nullopt);
  EXPECT_EQ(sign_in.UserOf(""), std::nullopt);

  sign_in.End(right.token);
  EXPECT_EQ(sign_in.UserOf(right.token), std::nullopt);
  EXPECT_EQ(sign_in.UserOf(again.token), std::optional<std::string>("lan"));
}

TEST_F(SignInTest, SessionsExpire) {
  UserFile::SetPassword(Users(), "lan", "mật khẩu của Lan");
  SignIn sign_in(UserFile::Read(Users()));
  SignIn::Clock::time_point now = SignIn::Clock::now();
  sign_in.SetClockForTesting([&] { return now; });
  std::string token = sign_in.TrySignIn("lan", "mật khẩu của Lan", "192.0.2.7").token;
  now += SignIn::kSessionLifetime - std::chrono::minutes(1);
  EXPECT_EQ(sign_in.UserOf(token), std::optional<std::string>("lan"));
  now += std::chrono::minutes(2);
  EXPECT_EQ(sign_in.UserOf(token), std::nullopt);
}

// Guessing: after five failures within fifteen minutes the address is
// refused, the right password too, until the first failure is fifteen
// minutes old; the name is refused from another address as well.
TEST_F(SignInTest, BruteForceIsRefusedForAWhile) {
  UserFile::SetPassword(Users(), "lan", "mật khẩu của Lan");
  UserFile::SetPassword(Users(), "minh", "mật khẩu của Minh");
  SignIn sign_in(UserFile::Read(Users()));
  SignIn::Clock::time_point now = SignIn::Clock::now();
  sign_in.SetClockForTesting([&] { return now; });
  for (int i = 0; i < SignIn::kMaxFailures; ++i) {
    EXPECT_EQ(sign_in.TrySignIn("lan", "đoán " + std::to_string(i), "198.51.100.9").outcome,
              SignIn::Attempt::Outcome::kWrongPassword);
    now += std::chrono::minutes(1);
  }
  SignIn::Attempt refused = sign_in.TrySignIn("lan", "mật khẩu của Lan", "198.51.100.9");
  EXPECT_EQ(refused.outcome, SignIn::Attempt::Outcome::kTooManyAttempts);
  EXPECT_EQ(refused.retry_after, std::chrono::minutes(10));
  // The same name from elsewhere, and another name from the same address.
  EXPECT_EQ(sign_in.TrySignIn("lan", "mật khẩu của Lan", "203.0.113.4").outcome,
            SignIn::Attempt::Outcome::kTooManyAttempts);
  EXPECT_EQ(sign_in.TrySignIn("minh", "mật khẩu của Minh", "198.51.100.9").outcome,
            SignIn::Attempt::Outcome::kTooManyAttempts);
  // Another user elsewhere is not held up.
  EXPECT_EQ(sign_in.TrySignIn("minh", "mật khẩu của Minh", "203.0.113.4").outcome,
            SignIn::Attempt::Outcome::kSignedIn);
  now += std::chrono::minutes(10);
  EXPECT_EQ(sign_in.TrySignIn("lan", "mật khẩu của Lan", "198.51.100.9").outcome,
            SignIn::Attempt::Outcome::kSignedIn);
}

}  // namespace
}  // namespace lexgraph
