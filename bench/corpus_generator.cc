// corpus_generator: a deterministic synthetic corpus of Vietnamese
// administrative reports (Báo cáo, Kế hoạch, Quyết định, Công văn) that cite
// real central documents, their province's own documents and earlier
// generated reports, for benchmarking extraction and indexing at scale.
//
//   corpus_generator --docs N --seed S --out DIR
//
// writes DIR/<province-slug>-<shard>/<n>.md (100 reports a shard, n counting
// the province's reports) and prints reports, bytes and citations to stderr.
// Identical arguments give identical bytes: one std::mt19937_64 and a
// modulo-based uniform integer, no std:: distributions.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

// ---------------------------------------------------------------- phrase banks
const std::vector<std::string_view> kSubjects = {"Sở",
                                                 "Lãnh đạo Sở",
                                                 "Ban Giám đốc Sở",
                                                 "các phòng, đơn vị thuộc Sở",
                                                 "Đảng ủy cơ quan",
                                                 "Công đoàn cơ sở",
                                                 "Chi đoàn Thanh niên",
                                                 "đội ngũ cán bộ, công chức, viên chức",
                                                 "Văn phòng Sở",
                                                 "Thanh tra Sở",
                                                 "Ban Chỉ đạo quy chế dân chủ cơ sở",
                                                 "các cơ quan, đơn vị",
                                                 "UBND các huyện, thị xã, thành phố",
                                                 "các sở, ban, ngành cấp tỉnh",
                                                 "Thủ trưởng các cơ quan, đơn vị",
                                                 "Hội đồng Thi đua - Khen thưởng",
                                                 "Tổ công tác cải cách hành chính",
                                                 "người đứng đầu cơ quan"};
const std::vector<std::string_view> kVerbs = {"đã tập trung triển khai",
                                              "tiếp tục đẩy mạnh",
                                              "chủ động phối hợp thực hiện",
                                              "quan tâm chỉ đạo",
                                              "thường xuyên kiểm tra, đôn đốc",
                                              "tổ chức quán triệt",
                                              "nghiêm túc thực hiện",
                                              "đã hoàn thành",
                                              "tích cực tham mưu",
                                              "rà soát, bổ sung",
                                              "đổi mới phương thức thực hiện",
                                              "tăng cường kiểm tra",
                                              "duy trì thực hiện có hiệu quả",
                                              "đã cụ thể hóa",
                                              "kịp thời chấn chỉnh",
                                              "lồng ghép thực hiện"};
const std::vector<std::string_view> kObjects = {
    "công tác cải cách hành chính",
    "thực hiện quy chế dân chủ ở cơ sở",
    "công tác dân vận chính quyền",
    "văn hóa công vụ",
    "công tác phòng, chống tham nhũng, lãng phí",
    "ứng dụng công nghệ thông tin trong quản lý",
    "công tác tiếp công dân, giải quyết khiếu nại, tố cáo",
    "công tác thi đua, khen thưởng",
    "chế độ báo cáo định kỳ",
    "tinh giản biên chế",
    "kỷ luật, kỷ cương hành chính",
    "giải quyết thủ tục hành chính theo cơ chế một cửa",
    "công tác văn thư, lưu trữ",
    "chuyển đổi số",
    "phổ biến, giáo dục pháp luật",
    "các nhiệm vụ khoa học và công nghệ",
    "quản lý tài chính, tài sản công",
    "đào tạo, bồi dưỡng cán bộ, công chức",
    "thực hành tiết kiệm, chống lãng phí",
    "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "trách nhiệm nêu gương",
    "công khai, minh bạch trong hoạt động công vụ",
    "an toàn, an ninh thông tin",
    "công tác tổ chức cán bộ"};
const std::vector<std::string_view> kGoals = {
    "nhằm nâng cao hiệu lực, hiệu quả quản lý nhà nước",
    "góp phần hoàn thành tốt nhiệm vụ chính trị được giao",
    "bảo đảm đúng tiến độ và chất lượng",
    "tạo sự chuyển biến rõ nét về nhận thức và hành động",
    "đáp ứng yêu cầu phục vụ Nhân dân",
    "tạo môi trường thuận lợi cho người dân, doanh nghiệp",
    "góp phần xây dựng cơ quan trong sạch, vững mạnh",
    "phù hợp với tình hình thực tiễn của địa phương",
    "từng bước nâng cao chỉ số hài lòng của người dân",
    "không để xảy ra sai sót, vi phạm"};
const std::vector<std::string_view> kTopics = {"công tác dân vận chính quyền",
                                               "quy chế dân chủ ở cơ sở",
                                               "công tác cải cách hành chính",
                                               "Đề án văn hóa công vụ",
                                               "công tác phòng, chống tham nhũng",
                                               "công tác thi đua, khen thưởng",
                                               "công tác phổ biến, giáo dục pháp luật",
                                               "chế độ báo cáo định kỳ",
                                               "công tác tiếp công dân",
                                               "chuyển đổi số",
                                               "công tác văn thư, lưu trữ",
                                               "công tác tinh giản biên chế",
                                               "nhiệm vụ khoa học và công nghệ",
                                               "công tác kiểm soát thủ tục hành chính"};
const std::vector<std::string_view> kStreets = {
    "Hùng Vương",    "Lê Lợi",         "Trần Hưng Đạo", "Nguyễn Huệ", "Quang Trung",
    "Phan Bội Châu", "Lý Thường Kiệt", "Hai Bà Trưng",  "Lê Duẩn",    "Nguyễn Trãi"};
const std::vector<std::string_view> kSurnames = {"Nguyễn", "Trần", "Lê",    "Phạm", "Hoàng",
                                                 "Võ",     "Phan", "Đặng",  "Bùi",  "Đỗ",
                                                 "Hồ",     "Ngô",  "Dương", "Lý"};
const std::vector<std::string_view> kMiddles = {"Văn",   "Thị",  "Hữu",  "Đức",  "Minh",  "Quang",
                                                "Thanh", "Ngọc", "Xuân", "Đình", "Thiện", "Công"};
const std::vector<std::string_view> kGivens = {"Thắng", "Hùng", "Lan",  "Hương",  "Dũng", "Khang",
                                               "Bình",  "Tuấn", "Hải",  "Phương", "Sơn",  "Long",
                                               "Nam",   "Hà",   "Thủy", "Hòa",    "Tiến", "Quý"};

// Sentences without citations. Slots: S subject, V verb, O/O2 objects, G goal,
// Y year, Y0 previous, Y1 next, P/P2 percent, M money, N two-digit count,
// K larger count, PH phone, AD address, R year range, D plain date, AG agency.
const std::vector<std::string_view> kPlain = {
    "{S} {V} {O}, {G}.",
    "Trong năm {Y}, {S} {V} {O}; kết quả đạt {P} so với kế hoạch đề ra.",
    "Đã tổ chức {N} hội nghị quán triệt về {O} với sự tham gia của hơn {K} lượt cán bộ, công chức.",
    "Kinh phí bố trí cho {O} năm {Y} là {M}, đến nay đã giải ngân đạt {P}.",
    "{S} thường xuyên quan tâm đến {O}; tuy nhiên, ở một số đơn vị việc triển khai còn chậm, chưa "
    "đáp ứng yêu cầu.",
    "Mọi phản ánh, kiến nghị xin liên hệ đường dây nóng {PH} hoặc gửi về {AG}, {AD}.",
    "Giai đoạn {R}, {S} {V} {O}, {G}.",
    "Tỷ lệ hồ sơ giải quyết đúng hạn đạt {P}, tăng {P2} so với cùng kỳ năm {Y0}.",
    "Đến ngày {D}, đã có {FR} đơn vị hoàn thành {O}.",
    "{S} {V} {O} gắn với {O2}, {G}.",
    "Bên cạnh đó, {S} {V} {O}.",
    "Nhiệm vụ về {O} được thực hiện nghiêm túc, đúng quy định, {G}.",
    "Thời gian tới, {S} tiếp tục {O}, phấn đấu đến năm {Y1} đạt {P} chỉ tiêu đề ra.",
    "Số dư quỹ đến cuối kỳ là {M}, trong đó nguồn ngân sách tỉnh chiếm {P}.",
    "Tổng số cán bộ, công chức, viên chức và người lao động của cơ quan là {K} người, trong đó có "
    "{N} đảng viên.",
    "Qua kiểm tra {N} cơ quan, đơn vị, đã chấn chỉnh kịp thời những tồn tại, hạn chế trong {O}.",
    "Trong kỳ, {AG} tiếp nhận {K} hồ sơ, đã giải quyết {K2} hồ sơ, không có hồ sơ trễ hẹn.",
    "Trụ sở {AG} đặt tại {AD}; điện thoại: {PH}.",
    "Nguyên nhân của những hạn chế nêu trên là do nhận thức của một bộ phận cán bộ về {O} chưa đầy "
    "đủ.",
    "{S} chủ động phối hợp với Mặt trận Tổ quốc và các tổ chức chính trị - xã hội trong {O}.",
    "Hằng quý, {S} tổ chức sơ kết, đánh giá {O} và gửi báo cáo trước ngày {DM} của tháng cuối quý.",
    "Thực hành tiết kiệm trong chi thường xuyên năm {Y}, cơ quan đã tiết kiệm được {M}.",
    "Chương trình giai đoạn {R} đã hoàn thành {P} khối lượng công việc.",
    "{S} đã ứng dụng phần mềm quản lý văn bản và điều hành; {P} văn bản được gửi, nhận dưới dạng "
    "điện tử.",
    "Đồng thời, {S} {V} {O}, {G}.",
    "Việc triển khai {O2} tiếp tục được quan tâm, tạo chuyển biến tích cực trong nhận thức và hành "
    "động.",
    "Tính đến hết tháng {MO}/{Y}, tổng vốn đã giải ngân là {M}, đạt {P} kế hoạch vốn được giao.",
    "Địa chỉ tiếp nhận hồ sơ: Trung tâm Phục vụ hành chính công tỉnh, {AD}; điện thoại {PH}, fax "
    "{PH}.",
    "Kết quả đánh giá, xếp loại năm {Y0}: {N} tập thể hoàn thành xuất sắc nhiệm vụ, {N} cá nhân "
    "được đề nghị khen thưởng.",
    "Tuy nhiên, {O} ở một số nơi còn hình thức, hiệu quả chưa cao; việc {O2} có lúc chưa kịp thời.",
    "Năm {Y1}, {S} tập trung {O}, {G}.",
    "Từ năm {Y0} đến nay, {S} {V} {O}, {G}.",
    "Mức hỗ trợ tối đa {M} cho mỗi nhiệm vụ, thời gian thực hiện từ {N} đến 24 tháng.",
    "Khen thưởng {N} tập thể và {K} cá nhân có thành tích xuất sắc trong {O} giai đoạn {R}.",
};
// Sentences with a citation {C}; {PK}/{PD} are a clause and an article number.
const std::vector<std::string_view> kCiting = {
    "Thực hiện {C}, {S} {V} {O}, {G}.",
    "{S} tiếp tục quán triệt và thực hiện nghiêm {C}.",
    "Triển khai {C}, {S} đã xây dựng kế hoạch cụ thể và phân công nhiệm vụ cho từng phòng, đơn vị.",
    "Nội dung {O} được thực hiện theo {C}.",
    "Căn cứ {C}, {S} {V} {O}.",
    "{S} {V} {O} theo đúng tinh thần của {C}, {G}.",
    "Theo quy định tại khoản {PK} Điều {PD} {C}, {S} {V} {O}.",
    "Tiếp tục thực hiện {C}; {S} {V} {O}.",
    "Quán triệt {C} đến toàn thể cán bộ, công chức, viên chức và người lao động.",
    "Thực hiện nghiêm {C}, gắn với {O}.",
    "Các nội dung về {O} được lồng ghép với việc thực hiện {C}.",
    "Để cụ thể hóa {C}, {S} {V} {O}.",
    "{S} đã ban hành văn bản hướng dẫn triển khai {C} đến các đơn vị trực thuộc.",
    "Việc triển khai {O} tuân thủ {C} và các văn bản hướng dẫn có liên quan.",
};

// ------------------------------------------------------------ central documents
struct Central {
  const char* type;
  const char* sym;
  int d, m, y;
  const char* issuer;
  const char* about;
  const char* name;
};
const std::vector<Central> kCentral = {
    {"Chỉ thị", "05-CT/TW", 15, 5, 2016, "Bộ Chính trị",
     "về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", nullptr},
    {"Chỉ thị", "30-CT/TW", 18, 2, 1998, "Bộ Chính trị",
     "về xây dựng và thực hiện Quy chế dân chủ ở cơ sở", nullptr},
    {"Kết luận", "120-KL/TW", 7, 1, 2016, "Bộ Chính trị",
     "về tiếp tục đẩy mạnh, nâng cao chất lượng, hiệu quả việc xây dựng và thực hiện Quy chế dân "
     "chủ ở cơ sở",
     nullptr},
    {"Kết luận", "01-KL/TW", 18, 5, 2021, "Bộ Chính trị", "về tiếp tục thực hiện Chỉ thị 05-CT/TW",
     nullptr},
    {"Quy định", "08-QĐi/TW", 25, 10, 2018, "Ban Chấp hành Trung ương",
     "về trách nhiệm nêu gương của cán bộ, đảng viên", nullptr},
    {"Nghị quyết", "18-NQ/TW", 25, 10, 2017, "Ban Chấp hành Trung ương",
     "một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, "
     "hoạt động hiệu lực, hiệu quả",
     nullptr},
    {"Nghị quyết", "19-NQ/TW", 25, 10, 2017, "Ban Chấp hành Trung ương",
     "về tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao chất lượng và hiệu quả hoạt động "
     "của các đơn vị sự nghiệp công lập",
     nullptr},
    {"Nghị quyết", "26-NQ/TW", 19, 5, 2018, "Ban Chấp hành Trung ương",
     "về tập trung xây dựng đội ngũ cán bộ các cấp", nullptr},
    {"Nghị quyết", "39-NQ/TW", 17, 4, 2015, "Bộ Chính trị",
     "về tinh giản biên chế và cơ cấu lại đội ngũ cán bộ, công chức, viên chức", nullptr},
    {"Nghị quyết", "04-NQ/TW", 30, 10, 2016, "Ban Chấp hành Trung ương",
     "về tăng cường xây dựng, chỉnh đốn Đảng", "Nghị quyết Trung ương 4 khóa XII"},
    {"Nghị định", "04/2015/NĐ-CP", 9, 1, 2015, "Chính phủ",
     "về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước và đơn vị sự nghiệp "
     "công lập",
     nullptr},
    {"Nghị định", "60/2013/NĐ-CP", 19, 6, 2013, "Chính phủ",
     "quy định chi tiết khoản 3 Điều 63 của Bộ luật Lao động về thực hiện quy chế dân chủ ở cơ sở "
     "tại nơi làm việc",
     nullptr},
    {"Nghị định", "34/2016/NĐ-CP", 14, 5, 2016, "Chính phủ",
     "quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật",
     nullptr},
    {"Nghị định", "09/2019/NĐ-CP", 24, 1, 2019, "Chính phủ",
     "quy định về chế độ báo cáo của cơ quan hành chính nhà nước", nullptr},
    {"Nghị định", "61/2018/NĐ-CP", 23, 4, 2018, "Chính phủ",
     "về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
     nullptr},
    {"Nghị định", "30/2020/NĐ-CP", 5, 3, 2020, "Chính phủ", "về công tác văn thư", nullptr},
    {"Nghị định", "08/2014/NĐ-CP", 27, 1, 2014, "Chính phủ",
     "quy định chi tiết và hướng dẫn thi hành một số điều của Luật Khoa học và Công nghệ", nullptr},
    {"Nghị định", "112/2020/NĐ-CP", 18, 9, 2020, "Chính phủ",
     "về xử lý kỷ luật cán bộ, công chức, viên chức", nullptr},
    {"Nghị định", "138/2020/NĐ-CP", 27, 11, 2020, "Chính phủ",
     "quy định về tuyển dụng, sử dụng và quản lý công chức", nullptr},
    {"Nghị định", "115/2020/NĐ-CP", 25, 9, 2020, "Chính phủ",
     "quy định về tuyển dụng, sử dụng và quản lý viên chức", nullptr},
    {"Nghị quyết", "30c/NQ-CP", 8, 11, 2011, "Chính phủ",
     "ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020", nullptr},
    {"Nghị quyết", "76/NQ-CP", 15, 7, 2021, "Chính phủ",
     "ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030", nullptr},
    {"Quyết định", "1847/QĐ-TTg", 27, 12, 2018, "Thủ tướng Chính phủ",
     "phê duyệt Đề án văn hóa công vụ", nullptr},
    {"Quyết định", "129/2007/QĐ-TTg", 2, 8, 2007, "Thủ tướng Chính phủ",
     "ban hành Quy chế văn hóa công sở tại các cơ quan hành chính nhà nước", nullptr},
    {"Quyết định", "45/2018/QĐ-TTg", 9, 11, 2018, "Thủ tướng Chính phủ",
     "quy định chế độ họp trong hoạt động quản lý, điều hành của cơ quan thuộc hệ thống hành chính "
     "nhà nước",
     nullptr},
    {"Quyết định", "28/2018/QĐ-TTg", 12, 7, 2018, "Thủ tướng Chính phủ",
     "về việc gửi, nhận văn bản điện tử giữa các cơ quan trong hệ thống hành chính nhà nước",
     nullptr},
    {"Chỉ thị", "26/CT-TTg", 5, 9, 2016, "Thủ tướng Chính phủ",
     "về tăng cường kỷ luật, kỷ cương trong các cơ quan hành chính nhà nước các cấp", nullptr},
    {"Thông tư liên tịch", "55/2015/TTLT-BTC-BKHCN", 22, 4, 2015,
     "Bộ Tài chính, Bộ Khoa học và Công nghệ",
     "hướng dẫn định mức xây dựng, phân bổ dự toán và quyết toán kinh phí đối với nhiệm vụ khoa "
     "học và công nghệ có sử dụng ngân sách nhà nước",
     nullptr},
    {"Thông tư liên tịch", "27/2015/TTLT-BKHCN-BTC", 30, 12, 2015,
     "Bộ Khoa học và Công nghệ, Bộ Tài chính",
     "quy định khoán chi thực hiện nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước",
     nullptr},
    {"Thông tư", "01/2011/TT-BNV", 19, 1, 2011, "Bộ Nội vụ",
     "hướng dẫn thể thức và kỹ thuật trình bày văn bản hành chính", nullptr},
    {"Thông tư", "105/2020/TT-BTC", 3, 12, 2020, "Bộ Tài chính", "hướng dẫn về đăng ký thuế",
     nullptr},
    {"Thông tư", "01/2020/TT-VPCP", 21, 10, 2020, "Văn phòng Chính phủ",
     "quy định chi tiết thi hành Nghị định số 09/2019/NĐ-CP", nullptr},
    {"Luật", "29/2013/QH13", 18, 6, 2013, "Quốc hội", nullptr, "Luật Khoa học và Công nghệ"},
    {"Luật", "77/2015/QH13", 19, 6, 2015, "Quốc hội", nullptr,
     "Luật Tổ chức chính quyền địa phương"},
    {"Luật", "80/2015/QH13", 22, 6, 2015, "Quốc hội", nullptr,
     "Luật Ban hành văn bản quy phạm pháp luật"},
    {"Luật", "22/2008/QH12", 13, 11, 2008, "Quốc hội", nullptr, "Luật Cán bộ, công chức"},
    {"Luật", "58/2010/QH12", 15, 11, 2010, "Quốc hội", nullptr, "Luật Viên chức"},
    {"Luật", "36/2018/QH14", 20, 11, 2018, "Quốc hội", nullptr, "Luật Phòng, chống tham nhũng"},
    {"Luật", "42/2013/QH13", 25, 11, 2013, "Quốc hội", nullptr, "Luật Tiếp công dân"},
    {"Luật", "38/2019/QH14", 13, 6, 2019, "Quốc hội", nullptr, "Luật Quản lý thuế"},
    {"Bộ luật", "45/2019/QH14", 20, 11, 2019, "Quốc hội", nullptr, "Bộ luật Lao động"},
    {"Hiến pháp", "", 28, 11, 2013, "Quốc hội", nullptr, "Hiến pháp"},
};

// ------------------------------------------------------------ provinces, bodies
struct Province {
  const char* name;
  const char* slug;
  const char* upper;
  const char* city;
  const char* area;
};
const std::vector<Province> kProvinces = {
    {"Quảng Trị", "quang-tri", "QUẢNG TRỊ", "thành phố Đông Hà", "0233"},
    {"Hà Tĩnh", "ha-tinh", "HÀ TĨNH", "thành phố Hà Tĩnh", "0239"},
    {"Nghệ An", "nghe-an", "NGHỆ AN", "thành phố Vinh", "0238"},
    {"Quảng Bình", "quang-binh", "QUẢNG BÌNH", "thành phố Đồng Hới", "0232"},
    {"Thừa Thiên Huế", "thua-thien-hue", "THỪA THIÊN HUẾ", "thành phố Huế", "0234"},
    {"Cà Mau", "ca-mau", "CÀ MAU", "thành phố Cà Mau", "0290"},
    {"Thanh Hóa", "thanh-hoa", "THANH HÓA", "thành phố Thanh Hóa", "0237"},
    {"Quảng Nam", "quang-nam", "QUẢNG NAM", "thành phố Tam Kỳ", "0235"},
    {"Bình Định", "binh-dinh", "BÌNH ĐỊNH", "thành phố Quy Nhơn", "0256"},
    {"Hòa Bình", "hoa-binh", "HÒA BÌNH", "thành phố Hòa Bình", "0218"},
    {"Lâm Đồng", "lam-dong", "LÂM ĐỒNG", "thành phố Đà Lạt", "0263"},
    {"Yên Bái", "yen-bai", "YÊN BÁI", "thành phố Yên Bái", "0216"},
};
struct Agency {
  const char* name;
  const char* upper;
  const char* code;
  const char* dept;
};
const std::vector<Agency> kAgencies = {
    {"Ủy ban nhân dân tỉnh", "ỦY BAN NHÂN DÂN", "UBND", "VX"},
    {"Sở Nội vụ", "SỞ NỘI VỤ", "SNV", "TCBC"},
    {"Sở Khoa học và Công nghệ", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "SKHCN", "QLKH"},
    {"Sở Tài chính", "SỞ TÀI CHÍNH", "STC", "QLNS"},
    {"Sở Tư pháp", "SỞ TƯ PHÁP", "STP", "PBGDPL"},
    {"Sở Giáo dục và Đào tạo", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "SGDĐT", "TCCB"},
    {"Sở Y tế", "SỞ Y TẾ", "SYT", "NVY"},
    {"Sở Kế hoạch và Đầu tư", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "SKHĐT", "TH"},
    {"Sở Thông tin và Truyền thông", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "STTTT", "CNTT"},
    {"Sở Nông nghiệp và Phát triển nông thôn", "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "SNN",
     "KH"},
    {"Sở Lao động - Thương binh và Xã hội", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "SLĐTBXH", "VP"},
    {"Sở Văn hóa, Thể thao và Du lịch", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "SVHTTDL", "QLVH"},
};
const std::vector<std::string_view> kUbndDepts = {"VX", "NC", "KT", "TH", "NN", "KGVX", "CN"};

// ------------------------------------------------------------------ machinery
class Rng {
 public:
  explicit Rng(uint64_t seed) : g_(seed) {}
  uint64_t Below(uint64_t n) { return n == 0 ? 0 : g_() % n; }  // modulo-based, as asked
  int Range(int lo, int hi) {
    return lo + static_cast<int>(Below(static_cast<uint64_t>(hi - lo + 1)));
  }
  bool Chance(int percent) { return Below(100) < static_cast<uint64_t>(percent); }
  template <class T>
  const T& Pick(const std::vector<T>& v) {
    return v[Below(v.size())];
  }

 private:
  std::mt19937_64 g_;
};

struct Date {
  int d, m, y;
};
bool Before(const Date& a, const Date& b) {
  return a.y != b.y ? a.y < b.y : a.m != b.m ? a.m < b.m : a.d < b.d;
}
int DaysIn(int m, int y) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return kDays[m - 1] + (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 1 : 0);
}
Date AddDays(Date t, int n) {
  for (; n > 0; --n)
    if (++t.d > DaysIn(t.m, t.y)) {
      t.d = 1;
      if (++t.m > 12) {
        t.m = 1;
        ++t.y;
      }
    }
  return t;
}
std::string Pad2(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }
// 0: 09/01/2015, 1: 9/1/2015, 2: 9/01/2015, 3: "9 tháng 01 năm 2015" (all after "ngày ").
std::string FormatDate(const Date& t, int style) {
  switch (style) {
    case 0:
      return Pad2(t.d) + "/" + Pad2(t.m) + "/" + std::to_string(t.y);
    case 1:
      return std::to_string(t.d) + "/" + std::to_string(t.m) + "/" + std::to_string(t.y);
    case 2:
      return std::to_string(t.d) + "/" + Pad2(t.m) + "/" + std::to_string(t.y);
    default:
      return Pad2(t.d) + " tháng " + (t.m < 3 ? Pad2(t.m) : std::to_string(t.m)) + " năm " +
             std::to_string(t.y);
  }
}
void ReplaceAll(std::string& s, std::string_view from, std::string_view to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
}
std::string Capitalize(
    std::string_view s) {  // the first letter: ASCII, đ and ứ (all the banks need)
  std::string out(s);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  else if (out.rfind("đ", 0) == 0)
    out.replace(0, std::string_view("đ").size(), "Đ");
  else if (out.rfind("ứ", 0) == 0)
    out.replace(0, std::string_view("ứ").size(), "Ứ");
  return out;
}

// A document a later report can cite: from the province's own past.
struct Prior {
  std::string type, sym, issuer, about;
  Date date;
  bool ubnd;
  int inner;
};  // inner: citations in about

struct ProvinceState {
  std::vector<Prior> priors;            // generated reports, oldest first
  std::vector<Prior> locals;            // 41/2019/QĐ-UBND, yearly plans, Tỉnh ủy plan
  std::map<std::string, int> counters;  // next number per agency/type/year
  int written = 0;
};

struct Doc {  // the report being written
  const Province* prov;
  const Agency* ag;
  int type;
  Date date;
  std::string sym;
  int citations = 0;
};

class Generator {
 public:
  explicit Generator(uint64_t seed) : r_(seed) {}
  std::string Write(Doc& doc, ProvinceState& st);
  void SeedLocals(size_t p, ProvinceState& st);

 private:
  std::string Expand(std::string_view tpl, Doc& doc, ProvinceState& st);
  std::string Slot(std::string_view key, Doc& doc, ProvinceState& st);
  std::string Cite(Doc& doc, ProvinceState& st);
  std::string CiteCentral(Doc& doc, const Central& c, bool brief);
  std::string CitePrior(Doc& doc, const Prior& p);
  std::string DateText(const Date& t) {
    return "ngày " + FormatDate(t, static_cast<int>(r_.Below(4)));
  }
  std::string UbndIssuer(const Province& p) {
    static const std::vector<std::string_view> kForms = {"UBND tỉnh", "Ủy ban nhân dân tỉnh",
                                                         "UBND tỉnh ", "Ủy ban nhân dân tỉnh "};
    std::string f(r_.Pick(kForms));
    return f.back() == ' ' ? f + p.name : f;
  }
  std::string Percent() {
    return std::to_string(r_.Range(40, 100)) +
           (r_.Chance(50) ? "," + std::to_string(r_.Range(1, 9)) : "") + "%";
  }
  std::string Money() {
    if (r_.Chance(40))
      return std::to_string(r_.Range(1, 95)) + "," + std::to_string(r_.Range(1, 9)) + " tỷ đồng";
    return std::to_string(r_.Range(12, 980)) + "." + std::to_string(r_.Range(100, 999)) +
           ".000 đồng";
  }
  std::string Phone(const Province& p) {
    if (r_.Chance(40))
      return "09" + std::to_string(r_.Range(10, 99)) + " " + std::to_string(r_.Range(100, 999)) +
             " " + std::to_string(r_.Range(100, 999));
    return std::string(p.area) + "." + std::to_string(r_.Range(3500000, 3899999));
  }
  std::string Address(const Province& p) {
    return "số " + std::to_string(r_.Range(1, 250)) +
           (r_.Chance(25) ? "/" + std::to_string(r_.Range(1, 9)) : "") + " đường " +
           std::string(r_.Pick(kStreets)) + ", phường " + std::to_string(r_.Range(1, 9)) + ", " +
           p.city;
  }
  Rng r_;
};

std::string Generator::CiteCentral(Doc& doc, const Central& c, bool brief) {
  ++doc.citations;
  Date t{c.d, c.m, c.y};
  if (c.name != nullptr) {
    std::string n = c.name;
    if (std::string_view(c.type) == "Hiến pháp")
      return r_.Chance(70) ? "Hiến pháp năm 2013"
                           : "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013";
    if (std::string_view(c.type) == "Nghị quyết")
      return r_.Chance(60) ? n
                           : "Nghị quyết số " + std::string(c.sym) + " ngày " + FormatDate(t, 0) +
                                 " Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII";
    switch (r_.Below(brief ? 2 : 5)) {
      case 0:
        return n;
      case 1:
        return n + " số " + c.sym;
      case 2:
        return n + " " + DateText(t);
      case 3:
        return n + " năm " + std::to_string(c.y);
      default:
        return n + " số " + c.sym + " " + DateText(t);
    }
  }
  std::string s = std::string(c.type) + (r_.Chance(75) ? " số " : " ") + c.sym;
  if (brief) return s;
  bool comma = r_.Chance(12);
  if (r_.Chance(85)) s += (comma ? ", " : " ") + DateText(t);
  if (r_.Chance(75)) s += (comma ? ", của " : " của ") + std::string(c.issuer);
  if (c.about != nullptr && r_.Chance(45)) {
    for (std::string_view inner :
         {"01-KL/TW", "60/2013/NĐ-CP", "34/2016/NĐ-CP", "08/2014/NĐ-CP", "01/2020/TT-VPCP"})
      if (inner == c.sym) ++doc.citations;  // their subject names another document
    s += r_.Chance(25) ? " “" + Capitalize(c.about) + "”" : " " + std::string(c.about);
  }
  return s;
}

std::string Generator::CitePrior(Doc& doc, const Prior& p) {
  ++doc.citations;
  std::string s = p.type + (r_.Chance(80) ? " số " : " ") + p.sym;
  if (r_.Chance(85)) s += " " + DateText(p.date);
  if (r_.Chance(70)) s += " của " + (p.ubnd ? UbndIssuer(*doc.prov) : p.issuer);
  if (r_.Chance(50)) {
    s += " " + p.about;
    doc.citations += p.inner;
  }
  return s;
}

std::string Generator::Cite(Doc& doc, ProvinceState& st) {
  uint64_t roll = r_.Below(100);
  if (roll < 12) {  // a list of two of the same type and issuer
    const Central& a = r_.Pick(kCentral);
    for (const Central& b : kCentral)
      if (&a != &b && a.name == nullptr && b.name == nullptr &&
          std::string_view(a.type) == b.type && std::string_view(a.issuer) == b.issuer &&
          Before({a.d, a.m, a.y}, doc.date) && Before({b.d, b.m, b.y}, doc.date) && r_.Chance(50)) {
        doc.citations += 2;
        std::string types = std::string(a.type);
        return r_.Chance(50)
                   ? "các " + types + " số " + a.sym + " và " + b.sym + " của " + a.issuer
                   : types + " số " + a.sym + ", " + types + " số " + b.sym + " của " + a.issuer;
      }
  }
  std::vector<const Prior*> locals;
  for (const Prior& p : st.locals)
    if (Before(p.date, doc.date)) locals.push_back(&p);
  if (roll < 30 && !locals.empty()) return CitePrior(doc, *locals[r_.Below(locals.size())]);
  if (roll < 52 && !st.priors.empty()) {
    size_t window = std::min<size_t>(st.priors.size(), 300);
    return CitePrior(doc, st.priors[st.priors.size() - 1 - r_.Below(window)]);
  }
  std::vector<const Central*> known;  // signed before the report
  for (const Central& c : kCentral)
    if (Before({c.d, c.m, c.y}, doc.date)) known.push_back(&c);
  return CiteCentral(doc, *known[r_.Below(known.size())], false);
}

std::string Generator::Slot(std::string_view k, Doc& doc, ProvinceState& st) {
  const int y = doc.date.y;
  if (k == "S") return std::string(r_.Pick(kSubjects));
  if (k == "V") return std::string(r_.Pick(kVerbs));
  if (k == "O" || k == "O2") return std::string(r_.Pick(kObjects));
  if (k == "G") return std::string(r_.Pick(kGoals));
  if (k == "Y") return std::to_string(y);
  if (k == "Y0") return std::to_string(y - 1);
  if (k == "Y1") return std::to_string(y + 1);
  if (k == "P" || k == "P2") return Percent();
  if (k == "M") return Money();
  if (k == "N") return Pad2(r_.Range(2, 30));
  if (k == "K" || k == "K2") return std::to_string(r_.Range(35, 1900));
  if (k == "PH") return Phone(*doc.prov);
  if (k == "AD") return Address(*doc.prov);
  if (k == "R") {
    int a = y - static_cast<int>(r_.Below(6));
    return std::to_string(a) + (r_.Chance(50) ? "-" : " - ") + std::to_string(a + 5);
  }
  if (k == "D")
    return FormatDate(Date{r_.Range(1, 28), r_.Range(1, 12), y}, static_cast<int>(r_.Below(3)));
  if (k == "DM") return std::to_string(r_.Range(10, 25));
  if (k == "MO") return std::to_string(r_.Range(1, 12));
  if (k == "FR") {
    int b = r_.Range(10, 40);
    return std::to_string(r_.Range(5, b)) + "/" + std::to_string(b);
  }
  if (k == "AG")
    return doc.ag->code == std::string_view("UBND") ? "Văn phòng UBND tỉnh" : doc.ag->name;
  if (k == "PK") return std::to_string(r_.Range(1, 5));
  if (k == "PD") return std::to_string(r_.Range(2, 40));
  if (k == "C") return Cite(doc, st);
  return "{" + std::string(k) + "}";
}

std::string Generator::Expand(std::string_view tpl, Doc& doc, ProvinceState& st) {
  std::string out;
  for (size_t i = 0; i < tpl.size(); ++i) {
    size_t close = tpl[i] == '{' ? tpl.find('}', i) : std::string_view::npos;
    if (close == std::string_view::npos) {
      out += tpl[i];
      continue;
    }
    out += Slot(tpl.substr(i + 1, close - i - 1), doc, st);
    i = close;
  }
  return Capitalize(out);
}

void Generator::SeedLocals(size_t p, ProvinceState& st) {
  const Province& pr = kProvinces[p];
  int pi = static_cast<int>(p);
  st.locals.push_back(
      {"Quyết định", "41/2019/QĐ-UBND", "",
       std::string(
           "ban hành Quy định chế độ báo cáo định kỳ phục vụ mục tiêu quản lý trên địa bàn tỉnh ") +
           pr.name,
       Date{1 + (pi * 7) % 28, 9 + pi % 4, 2019}, true, 0});
  st.locals.push_back({"Kế hoạch", std::to_string(30 + pi * 3) + "-KH/TU", "Ban Thường vụ Tỉnh ủy",
                       "về thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị",
                       Date{1 + (pi * 5) % 28, 6 + pi % 3, 2016}, false, 1});
  for (int y = 2015; y <= 2025; ++y) {
    std::string topic(kTopics[static_cast<size_t>(pi + y) % kTopics.size()]);
    st.locals.push_back({"Kế hoạch", std::to_string(8 + (pi * 37 + y * 11) % 240) + "/KH-UBND", "",
                         "về thực hiện " + topic + " năm " + std::to_string(y),
                         Date{1 + (pi + y) % 27, 1 + (pi + y) % 3, y}, true, 0});
  }
}

// Titles and headings per type: 0 Báo cáo, 1 Kế hoạch, 2 Quyết định, 3 Công văn.
const char* kTypeNames[] = {"Báo cáo", "Kế hoạch", "Quyết định", "Công văn"};
const char* kTypeCodes[] = {"BC", "KH", "QĐ", ""};
const char* kHeadings[] = {"BÁO CÁO", "KẾ HOẠCH", "QUYẾT ĐỊNH", ""};
const std::vector<std::vector<std::string_view>> kSections = {
    {"KẾT QUẢ THỰC HIỆN", "TÌNH HÌNH TRIỂN KHAI", "ĐÁNH GIÁ CHUNG",
     "TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM TỚI", "ĐỀ XUẤT, KIẾN NGHỊ"},
    {"MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG, NHIỆM VỤ", "GIẢI PHÁP THỰC HIỆN", "KINH PHÍ THỰC HIỆN",
     "TỔ CHỨC THỰC HIỆN", "CHẾ ĐỘ BÁO CÁO"},
    {},
    {"Về công tác chỉ đạo", "Về tổ chức thực hiện", "Về kinh phí", "Về chế độ báo cáo",
     "Về kiểm tra, giám sát", "Về trách nhiệm của các đơn vị"}};
const char* kRoman[] = {"I", "II", "III", "IV", "V", "VI"};

std::string Generator::Write(Doc& doc, ProvinceState& st) {
  const Province& p = *doc.prov;
  const Agency& a = *doc.ag;
  const bool ubnd = a.code == std::string_view("UBND");
  const int y = doc.date.y;
  // 6..20 citations, spread over the sentences below.
  const int target = r_.Range(6, 20);
  std::string topic(r_.Pick(kTopics));
  std::string title;
  const int before = doc.citations;
  switch (doc.type) {
    case 0:
      title = r_.Chance(70)
                  ? "Kết quả thực hiện " + topic + " năm " + std::to_string(y)
                  : "Tình hình thực hiện " + topic + " 6 tháng đầu năm " + std::to_string(y);
      break;
    case 1:
      title = r_.Chance(70) ? "Thực hiện " + topic + " năm " + std::to_string(y)
                            : "Triển khai thực hiện " + Cite(doc, st);
      break;
    case 2:
      title =
          r_.Chance(50)
              ? "Ban hành Quy chế thực hiện " + topic + " tại " +
                    (ubnd ? "các cơ quan hành chính nhà nước tỉnh " + std::string(p.name) : a.name)
              : "Về việc kiện toàn Ban Chỉ đạo " + topic + " năm " + std::to_string(y);
      break;
    default:
      title = r_.Chance(70) ? "triển khai thực hiện " + topic + " năm " + std::to_string(y)
                            : "thực hiện " + Cite(doc, st);
      break;
  }
  const int in_title = doc.citations - before;
  // Symbol.
  std::string key = std::string(a.code) + "/" + std::to_string(doc.type) + "/" + std::to_string(y);
  int& counter = st.counters[key];
  counter += counter == 0 ? r_.Range(1, 30) : r_.Range(1, 12);
  for (bool taken = true; taken;
       counter += taken ? 1 : 0) {  // numbers the province's own plans hold that year
    taken = false;
    for (const Prior& l : st.locals)
      taken = taken || (l.ubnd == ubnd && l.date.y == y && l.type == kTypeNames[doc.type] &&
                        std::atoi(l.sym.c_str()) == counter);
  }
  std::string n = std::to_string(counter);
  if (counter < 10 && r_.Chance(50)) n = "0" + n;
  if (doc.type == 2)
    doc.sym = ubnd ? (r_.Chance(35) ? n + "/" + std::to_string(y) + "/QĐ-UBND" : n + "/QĐ-UBND")
                   : n + "/QĐ-" + a.code;
  else if (doc.type == 3)
    doc.sym =
        ubnd ? n + "/UBND-" + std::string(r_.Pick(kUbndDepts)) : n + "/" + a.code + "-" + a.dept;
  else
    doc.sym = n + "/" + kTypeCodes[doc.type] + "-" + a.code;

  std::string out;
  const std::string top = ubnd ? "ỦY BAN NHÂN DÂN" : "UBND TỈNH " + std::string(p.upper);
  const std::string body = ubnd ? "TỈNH " + std::string(p.upper) : a.upper;
  const std::string place = std::string(p.name) + ", ngày " + Pad2(doc.date.d) + " tháng " +
                            (doc.date.m < 3 ? Pad2(doc.date.m) : std::to_string(doc.date.m)) +
                            " năm " + std::to_string(y);
  std::string symline = "Số: " + (r_.Chance(5) ? n + " " + doc.sym.substr(n.size()) : doc.sym);
  if (r_.Chance(30)) {  // the two-column table layout
    out += "| " + top + "<br>**" + body +
           "** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** "
           "|\n|---|---|\n";
    out += "| " + symline + (doc.type == 3 ? "<br>V/v " + title : "") + " | *" + place + "* |\n\n";
  } else {
    out += top + "  \n**" + body +
           "**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  \n**Độc lập - Tự do - Hạnh phúc**\n\n" +
           symline;
    out += doc.type == 3 ? "  \nV/v " + title + "\n\n" : "\n\n";
    out += "*" + place + "*\n\n";
  }
  if (doc.type != 3)
    out += "**" + std::string(kHeadings[doc.type]) + "**  \n**" + title + "**\n\n";
  else
    out += r_.Chance(50) ? "Kính gửi: Các sở, ban, ngành cấp tỉnh.\n\n"
                         : "Kính gửi:\n\n- Các sở, ban, ngành cấp tỉnh;\n- UBND các huyện, thị xã, "
                           "thành phố.\n\n";

  // Sentences: a citation goes into a sentence with probability left/remaining.
  int sections = r_.Range(3, 6);
  int sentences = 0, per[6][5] = {};
  for (int s = 0; s < sections; ++s)
    for (int q = 0; q < 5; ++q)
      sentences += per[s][q] = q < 2 ? r_.Range(2, 4) : (r_.Chance(35) ? r_.Range(1, 4) : 0);
  auto sentence = [&](int& left) {
    int need = target - doc.citations;
    bool cite = need > 0 && static_cast<int>(r_.Below(static_cast<uint64_t>(left))) < need;
    --left;
    return Expand(cite ? r_.Pick(kCiting) : r_.Pick(kPlain), doc, st);
  };
  int left = sentences + 1;
  const std::string self = ubnd ? "Ủy ban nhân dân tỉnh" : a.name;
  if (doc.type == 2) {
    out += "**" +
           (ubnd ? "ỦY BAN NHÂN DÂN TỈNH " + std::string(p.upper)
                 : "GIÁM ĐỐC " + std::string(a.upper)) +
           "**\n\n";
    if (Before(Date{19, 6, 2015}, doc.date)) {
      out += "*Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;*\n\n";
      ++doc.citations;
    }
    for (int i = r_.Range(2, 4); i > 0; --i) out += "*Căn cứ " + Cite(doc, st) + ";*\n\n";
    out += "*Theo đề nghị của " + std::string(ubnd ? "Giám đốc Sở Nội vụ" : "Chánh Văn phòng Sở") +
           ".*\n\n**QUYẾT ĐỊNH:**\n\n";
  } else {
    std::string lead = doc.type == 1 ? "Căn cứ "
                                     : std::string(r_.Pick(std::vector<std::string_view>{
                                           "Thực hiện ", "Triển khai ", "Căn cứ "}));
    out += lead + Cite(doc, st) + ", " + self +
           (doc.type == 0   ? " báo cáo kết quả thực hiện "
            : doc.type == 1 ? " ban hành Kế hoạch thực hiện "
                            : " đề nghị các cơ quan, đơn vị triển khai ") +
           topic + " như sau:\n\n";
  }
  for (int s = 0; s < sections; ++s) {
    if (doc.type == 2)
      out += "**Điều " + std::to_string(s + 1) + ".** ";
    else if (doc.type == 3)
      out += "**" + std::to_string(s + 1) + ". " +
             std::string(kSections[3][static_cast<size_t>(s)]) + "**\n\n";
    else
      out += "**" + std::string(kRoman[s]) + ". " +
             std::string(kSections[static_cast<size_t>(doc.type)][static_cast<size_t>(s)]) +
             "**\n\n";
    for (int q = 0; q < 5; ++q) {
      if (per[s][q] == 0) continue;
      bool bullets = doc.type != 2 && r_.Chance(25);
      if (q == 1 && doc.type < 2 && r_.Chance(50))
        out +=
            "**" + std::to_string(q) + ". " + Capitalize(std::string(r_.Pick(kObjects))) + "**\n\n";
      for (int i = 0; i < per[s][q]; ++i)
        out += (bullets ? "- " : "") + sentence(left) + (bullets ? "\n" : " ");
      out.back() = '\n';
      out += "\n";
    }
  }
  if (doc.type ==
      2) {  // in force from signing; it may replace or amend an earlier decision of the province
    out +=
        "**Điều " + std::to_string(sections + 1) + ".** Quyết định này có hiệu lực kể từ ngày ký";
    const Prior* old = nullptr;
    for (size_t i = st.priors.size(); i > 0 && i + 60 > st.priors.size() && old == nullptr; --i)
      if (st.priors[i - 1].type == "Quyết định" && st.priors[i - 1].ubnd == ubnd)
        old = &st.priors[i - 1];
    if (old != nullptr && r_.Chance(50))
      out += " và thay thế " + CitePrior(doc, *old);
    else if (ubnd && y > 2019 && r_.Chance(30))
      out += "; sửa đổi, bổ sung " + CitePrior(doc, st.locals[0]);
    out += ".\n\n";
    ++sections;
  }
  if (doc.type == 2)
    out += "**Điều " + std::to_string(sections + 1) +
           ".** Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi "
           "hành Quyết định này./.\n\n";
  else {
    out.pop_back();
    out.pop_back();
    out += "/.\n\n";
  }
  out += "***Nơi nhận:***\n\n";
  out += doc.type == 3   ? "- Như trên;\n"
         : doc.type == 2 ? "- Như Điều " + std::to_string(sections + 1) + ";\n"
                         : "- UBND tỉnh;\n";
  out += ubnd ? "- Thường trực Tỉnh ủy;\n- Thường trực HĐND tỉnh;\n- Chủ tịch, các PCT UBND tỉnh;\n"
              : "- Sở Nội vụ;\n- Giám đốc, các PGĐ Sở;\n";
  out += "- Lưu: VT, " + std::string(ubnd ? "NC" : "VP") + ".\n\n";
  if (ubnd)
    out += r_.Chance(50) ? "**TM. ỦY BAN NHÂN DÂN  \nKT. CHỦ TỊCH  \nPHÓ CHỦ TỊCH**\n\n"
                         : "**TM. ỦY BAN NHÂN DÂN  \nCHỦ TỊCH**\n\n";
  else
    out += r_.Chance(50) ? "**KT. GIÁM ĐỐC  \nPHÓ GIÁM ĐỐC**\n\n" : "**GIÁM ĐỐC**\n\n";
  out += "**" + std::string(r_.Pick(kSurnames)) + " " + std::string(r_.Pick(kMiddles)) + " " +
         std::string(r_.Pick(kGivens)) + "**\n";

  if (r_.Chance(20)) {  // the older tone placement, for the whole document
    for (auto [from, to] : {std::pair<std::string_view, std::string_view>{"Ủy", "Uỷ"},
                            {"ủy", "uỷ"},
                            {"ỦY", "UỶ"},
                            {"hóa", "hoá"},
                            {"hòa", "hoà"},
                            {"HÒA", "HOÀ"},
                            {"Hòa", "Hoà"},
                            {"thủy", "thuỷ"}})
      ReplaceAll(out, from, to);
  }
  if (r_.Chance(5)) ReplaceAll(out, "quy định", "qui định");

  Prior self_ref{kTypeNames[doc.type],
                 doc.sym,
                 ubnd ? "" : a.name,
                 (doc.type == 3 ? "về việc " : "về ") + (doc.type == 3 ? title : topic),
                 doc.date,
                 ubnd,
                 doc.type == 3 ? in_title : 0};
  st.priors.push_back(std::move(self_ref));
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  long long docs = -1;
  uint64_t seed = 1;
  std::string out_dir;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string_view k = argv[i];
    if (k == "--docs")
      docs = std::atoll(argv[i + 1]);
    else if (k == "--seed")
      seed = std::strtoull(argv[i + 1], nullptr, 10);
    else if (k == "--out")
      out_dir = argv[i + 1];
    else {
      docs = -1;
      break;
    }
  }
  if (docs < 0 || out_dir.empty() || argc % 2 == 0) {
    std::cerr << "usage: corpus_generator --docs N --seed S --out DIR\n";
    return 2;
  }
  namespace fs = std::filesystem;
  Generator gen(seed);
  Rng pick(seed ^ 0x9E3779B97F4A7C15ULL);
  std::vector<ProvinceState> states(kProvinces.size());
  for (size_t p = 0; p < kProvinces.size(); ++p) gen.SeedLocals(p, states[p]);
  Date day{2, 1, 2015};
  long long prev_offset = 0, bytes = 0, citations = 0;
  for (long long i = 0; i < docs; ++i) {
    long long offset = i * 3640 / std::max(docs, 1LL);  // ten years, in order
    day = AddDays(day, static_cast<int>(offset - prev_offset));
    prev_offset = offset;
    size_t p = pick.Below(kProvinces.size());
    Doc doc{&kProvinces[p],
            &kAgencies[pick.Chance(30) ? 0 : 1 + pick.Below(kAgencies.size() - 1)],
            static_cast<int>(pick.Below(4)),
            day,
            "",
            0};
    if (doc.type == 2 && !pick.Chance(40)) doc.type = 0;  // fewer decisions than reports
    ProvinceState& st = states[p];
    std::string text = gen.Write(doc, st);
    int n = ++st.written;
    char shard[16];
    std::snprintf(shard, sizeof shard, "-%03d", (n - 1) / 100);
    fs::path dir = fs::path(out_dir) / (std::string(kProvinces[p].slug) + shard);
    std::error_code ec;
    fs::create_directories(dir, ec);
    std::ofstream f(dir / (std::to_string(n) + ".md"), std::ios::binary);
    f << text;
    if (!f) {
      std::cerr << "corpus_generator: cannot write " << (dir / (std::to_string(n) + ".md")).string()
                << "\n";
      return 1;
    }
    bytes += static_cast<long long>(text.size());
    citations += doc.citations;
  }
  std::cerr << "reports: " << docs << "\nbytes: " << bytes << "\ncitations: " << citations << "\n";
  return 0;
}
