// knowledge_tables.cc: the data behind knowledge_tables.h.
//
// All strings are NFC UTF-8 with the new tone placement ("Ủy ban", "hòa").
// Within a table, a longer entry comes before any shorter entry that is its
// word prefix ("Thông tư liên tịch" before "Thông tư"), so that a first-match
// scan finds the longest one.
#include "knowledge_tables.h"

namespace lexgraph::tables {
namespace {

// Document types of the extraction contract (../shared/spec/extraction.md):
// Luật Ban hành văn bản quy phạm pháp luật 2015, Điều 4 (legal documents);
// Nghị định 30/2020/NĐ-CP, Điều 7 (administrative documents); Quy định
// 66-QĐ/TW 2017 and Hướng dẫn 36-HD/VPTW 2018 (Party documents). Extra
// spellings are the words running text uses for the same type.
constexpr DocumentType kDocumentTypes[] = {
    {"Hiến pháp", "Hiến pháp"},
    {"Bộ luật", "Bộ luật"},
    {"Luật", "Luật"},
    {"Pháp lệnh", "Pháp lệnh"},
    {"Nghị quyết", "Nghị quyết liên tịch"},
    {"Nghị quyết", "Nghị quyết"},
    {"Nghị định", "Nghị định"},
    {"Quyết định", "Quyết định"},
    {"Chỉ thị", "Chỉ thị"},
    {"Thông tư liên tịch", "Thông tư liên tịch"},
    {"Thông tư", "Thông tư"},
    {"Kết luận", "Kết luận"},
    {"Quy định", "Quy định"},
    {"Quy định", "Qui định"},
    {"Quy chế", "Quy chế"},
    {"Quy chế", "Qui chế"},
    {"Hướng dẫn", "Hướng dẫn liên tịch"},
    {"Hướng dẫn", "Hướng dẫn"},
    {"Thông báo", "Thông báo kết luận"},
    {"Thông báo", "Thông báo"},
    {"Kế hoạch", "Kế hoạch"},
    {"Chương trình", "Chương trình"},
    {"Đề án", "Đề án"},
    {"Báo cáo", "Báo cáo"},
    {"Tờ trình", "Tờ trình"},
    {"Công văn", "Công văn"},
    {"Công văn", "Văn bản"},
    {"Công điện", "Công điện"},
};

// Type codes in symbols: Nghị định 30/2020/NĐ-CP, Phụ lục III (state
// administrative documents: QĐ, CT, QC, QyĐ, TB, HD, CTr, KH, ĐA, BC, TTr,
// CĐ); Luật Ban hành văn bản quy phạm pháp luật 2015, Điều 8, and Nghị định
// 34/2016/NĐ-CP (legal documents: NĐ, TT, TTLT, NQLT; laws and resolutions of
// the Quốc hội numbered "29/2013/QH13"); Hướng dẫn 36-HD/VPTW 2018 (Party
// documents: NQ, CT, KL, QĐi, QC, HD, TB, BC, KH, CTr, ĐA, TTr, CV).
// "PL" is the ordinance code before 2009 ("26/2005/PL-UBTVQH11"); "L" the law
// code of the 1990s ("47-L/CTN").
constexpr TypeCode kTypeCodes[] = {
    {"NĐ", "Nghị định"},
    {"QĐi", "Quy định"},
    {"QyĐ", "Quy định"},
    {"QĐ", "Quyết định"},
    {"CTr", "Chương trình"},
    {"CT", "Chỉ thị"},
    {"TTLT", "Thông tư liên tịch"},
    {"TTr", "Tờ trình"},
    {"TT", "Thông tư"},
    {"NQLT", "Nghị quyết"},
    {"NQ", "Nghị quyết"},
    {"KL", "Kết luận"},
    {"QC", "Quy chế"},
    {"HDLT", "Hướng dẫn"},
    {"HD", "Hướng dẫn"},
    {"TB", "Thông báo"},
    {"KH", "Kế hoạch"},
    {"ĐA", "Đề án"},
    {"BC", "Báo cáo"},
    {"CĐ", "Công điện"},
    {"CV", "Công văn"},
    {"QH", "Luật"},
    {"PL", "Pháp lệnh"},
    {"L", "Luật"},
};

// Sector codes after "B"/"S" in issuer codes ("TT-BTC", "BC-SKHCN") and the
// sector's name after "Bộ"/"Sở": Nghị định 123/2016/NĐ-CP and the ministries'
// own symbols; Nghị quyết 176/2025/QH15 (the Government of 2025: NNMT, DTTG);
// Nghị định 24/2014/NĐ-CP (the Sở of a province). "KHCHN" is the odd variant
// of the seed report ("174/BC-SKHCHN"). Codes are written with "Đ"; matching
// folds "đ" to "d".
constexpr Sector kSectors[] = {
    {"KHCN", "Khoa học và Công nghệ"},
    {"KHCHN", "Khoa học và Công nghệ"},
    {"TC", "Tài chính"},
    {"NV", "Nội vụ"},
    {"TP", "Tư pháp"},
    {"YT", "Y tế"},
    {"GDĐT", "Giáo dục và Đào tạo"},
    {"KHĐT", "Kế hoạch và Đầu tư"},
    {"XD", "Xây dựng"},
    {"GTVT", "Giao thông vận tải"},
    {"CT", "Công Thương"},
    {"NNPTNT", "Nông nghiệp và Phát triển nông thôn"},
    {"NNMT", "Nông nghiệp và Môi trường"},
    {"TNMT", "Tài nguyên và Môi trường"},
    {"LĐTBXH", "Lao động - Thương binh và Xã hội"},
    {"VHTTDL", "Văn hóa, Thể thao và Du lịch"},
    {"TTTT", "Thông tin và Truyền thông"},
    {"NgV", "Ngoại vụ"},
    {"NG", "Ngoại giao"},
    {"CA", "Công an"},
    {"QP", "Quốc phòng"},
    {"DTTG", "Dân tộc và Tôn giáo"},
    {"DL", "Du lịch"},
    {"QHKT", "Quy hoạch - Kiến trúc"},
};

// Issuer codes as printed in the symbols of these bodies' documents
// (Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II: the issuer part of "Số, ký
// hiệu"; Hướng dẫn 36-HD/VPTW 2018 for Party bodies). Irregular ministry
// codes are listed here: old ministries before the mergers of 2002-2008
// (BTM, BCN, BTS, BBCVT, BVHTT, BKHCNMT, BTCCBCP) and the short forms BNN and
// BKH. "CT" is Cục Thuế only in the issuer position ("1234/CT-TTHT").
constexpr IssuerCode kIssuerCodes[] = {
    // Party.
    {"TWĐTN", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"},
    {"TW", "Ban Chấp hành Trung ương"},
    {"BTGDVTW", "Ban Tuyên giáo và Dân vận Trung ương"},
    {"BTGTW", "Ban Tuyên giáo Trung ương"},
    {"BDVTW", "Ban Dân vận Trung ương"},
    {"BTCTW", "Ban Tổ chức Trung ương"},
    {"BKTTW", "Ban Kinh tế Trung ương"},
    {"BNCTW", "Ban Nội chính Trung ương"},
    {"BĐNTW", "Ban Đối ngoại Trung ương"},
    {"UBKTTW", "Ủy ban Kiểm tra Trung ương"},
    {"VPTW", "Văn phòng Trung ương Đảng"},
    {"QUTW", "Quân ủy Trung ương"},
    {"TU", "Tỉnh ủy"},
    // "TƯ" folds to "tu" like "TU"; it comes after "TU", the common one.
    {"TƯ", "Ban Chấp hành Trung ương"},
    {"ThU", "Thành ủy"},
    {"HU", "Huyện ủy"},
    {"QU", "Quận ủy"},
    {"ĐUK", "Đảng ủy Khối"},
    {"ĐU", "Đảng ủy"},
    {"BCSĐ", "Ban cán sự đảng"},
    {"BTGTU", "Ban Tuyên giáo Tỉnh ủy"},
    {"BDVTU", "Ban Dân vận Tỉnh ủy"},
    {"BTCTU", "Ban Tổ chức Tỉnh ủy"},
    {"BNCTU", "Ban Nội chính Tỉnh ủy"},
    {"UBKTTU", "Ủy ban Kiểm tra Tỉnh ủy"},
    {"VPTU", "Văn phòng Tỉnh ủy"},
    {"UBKT", "Ủy ban Kiểm tra"},
    {"BCĐ", "Ban Chỉ đạo"},
    // Central state bodies.
    {"QH", "Quốc hội"},
    {"UBTVQH", "Ủy ban Thường vụ Quốc hội"},
    {"VPQH", "Văn phòng Quốc hội"},
    {"HĐBCQG", "Hội đồng bầu cử quốc gia"},
    {"CTN", "Chủ tịch nước"},
    {"VPCTN", "Văn phòng Chủ tịch nước"},
    {"CP", "Chính phủ"},
    {"TTg", "Thủ tướng Chính phủ"},
    {"VPCP", "Văn phòng Chính phủ"},
    {"TTCP", "Thanh tra Chính phủ"},
    {"UBDT", "Ủy ban Dân tộc"},
    {"NHNN", "Ngân hàng Nhà nước Việt Nam"},
    {"NHCSXH", "Ngân hàng Chính sách xã hội"},
    {"KTNN", "Kiểm toán Nhà nước"},
    {"KBNN", "Kho bạc Nhà nước"},
    {"BHXH", "Bảo hiểm xã hội Việt Nam"},
    {"TCTK", "Tổng cục Thống kê"},
    {"TCT", "Tổng cục Thuế"},
    {"TCHQ", "Tổng cục Hải quan"},
    {"CT", "Cục Thuế"},
    {"CCT", "Chi cục Thuế"},
    {"TANDTC", "Tòa án nhân dân tối cao"},
    {"HĐTP", "Hội đồng Thẩm phán Tòa án nhân dân tối cao"},
    {"VKSNDTC", "Viện kiểm sát nhân dân tối cao"},
    {"VKSTC", "Viện kiểm sát nhân dân tối cao"},
    // Ministries whose code is not "B" + a sector code.
    {"BKHCNMT", "Bộ Khoa học, Công nghệ và Môi trường"},
    {"BNN", "Bộ Nông nghiệp và Phát triển nông thôn"},
    {"BKH", "Bộ Kế hoạch và Đầu tư"},
    {"BTM", "Bộ Thương mại"},
    {"BCN", "Bộ Công nghiệp"},
    {"BTS", "Bộ Thủy sản"},
    {"BBCVT", "Bộ Bưu chính, Viễn thông"},
    {"BVHTT", "Bộ Văn hóa - Thông tin"},
    {"BTCCBCP", "Ban Tổ chức - Cán bộ Chính phủ"},
    // Local state bodies.
    {"UBND", "Ủy ban nhân dân"},
    {"HĐND", "Hội đồng nhân dân"},
    {"SVHTT", "Sở Văn hóa và Thể thao"},
    {"SNN", "Sở Nông nghiệp và Phát triển nông thôn"},
    // Front and mass organisations.
    {"MTTW", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"},
    {"UBMTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam"},
    {"MTTQ", "Mặt trận Tổ quốc Việt Nam"},
    {"TLĐ", "Tổng Liên đoàn Lao động Việt Nam"},
    {"LĐLĐ", "Liên đoàn Lao động"},
    {"TĐTN", "Tỉnh đoàn"},
};

// Abbreviations of body names in running text, as the seed report and the
// developer set use them ("UBND tỉnh", "Sở KH&CN", "BCH Công đoàn"); the
// ministries' short forms follow the ministries' own usage. Only parts of
// body names, no other abbreviations ("NSNN" is not here).
constexpr Abbreviation kAbbreviations[] = {
    {"UBND", "Ủy ban nhân dân"},
    {"HĐND", "Hội đồng nhân dân"},
    {"UBTVQH", "Ủy ban Thường vụ Quốc hội"},
    {"UBMTTQ", "Ủy ban Mặt trận Tổ quốc"},
    {"MTTQ", "Mặt trận Tổ quốc"},
    {"UBKT", "Ủy ban Kiểm tra"},
    {"TTg", "Thủ tướng Chính phủ"},
    {"VPCP", "Văn phòng Chính phủ"},
    {"BCH", "Ban Chấp hành"},
    {"BTV", "Ban Thường vụ"},
    {"BCĐ", "Ban Chỉ đạo"},
    {"BCSĐ", "Ban cán sự đảng"},
    {"TW", "Trung ương"},
    {"TƯ", "Trung ương"},
    {"ĐUK", "Đảng ủy Khối"},
    {"ĐU", "Đảng ủy"},
    {"TCT", "Tổng cục Thuế"},
    {"TCHQ", "Tổng cục Hải quan"},
    {"KBNN", "Kho bạc Nhà nước"},
    {"BHXH", "Bảo hiểm xã hội"},
    {"NHNN", "Ngân hàng Nhà nước"},
    {"KTNN", "Kiểm toán Nhà nước"},
    {"TAND", "Tòa án nhân dân"},
    {"VKSND", "Viện kiểm sát nhân dân"},
    {"LĐLĐ", "Liên đoàn Lao động"},
    {"TNCS", "Thanh niên Cộng sản"},
    {"HCM", "Hồ Chí Minh"},
    {"KH&CN", "Khoa học và Công nghệ"},
    {"KHCN", "Khoa học và Công nghệ"},
    {"GD&ĐT", "Giáo dục và Đào tạo"},
    {"GDĐT", "Giáo dục và Đào tạo"},
    {"KH&ĐT", "Kế hoạch và Đầu tư"},
    {"KHĐT", "Kế hoạch và Đầu tư"},
    {"TN&MT", "Tài nguyên và Môi trường"},
    {"TNMT", "Tài nguyên và Môi trường"},
    {"NN&PTNT", "Nông nghiệp và Phát triển nông thôn"},
    {"NNPTNT", "Nông nghiệp và Phát triển nông thôn"},
    {"NN&MT", "Nông nghiệp và Môi trường"},
    {"LĐ-TB&XH", "Lao động - Thương binh và Xã hội"},
    {"LĐTB&XH", "Lao động - Thương binh và Xã hội"},
    {"LĐTBXH", "Lao động - Thương binh và Xã hội"},
    {"VH,TT&DL", "Văn hóa, Thể thao và Du lịch"},
    {"VHTT&DL", "Văn hóa, Thể thao và Du lịch"},
    {"VHTTDL", "Văn hóa, Thể thao và Du lịch"},
    {"TT&TT", "Thông tin và Truyền thông"},
    {"TTTT", "Thông tin và Truyền thông"},
    {"GTVT", "Giao thông vận tải"},
    {"TP", "thành phố"},
    {"Tp", "thành phố"},
    {"TX", "thị xã"},
};

// Bodies with their official capitalisation: Hiến pháp 2013; Điều lệ Đảng and
// the Party's own documents (Bộ Chính trị, Ban Bí thư, the central Ban and the
// Đảng ủy of 2025); Luật Tổ chức Quốc hội, Luật Tổ chức Chính phủ and the
// decrees on each agency; the charters of the Front and the mass
// organisations. Ministries and Sở are derived from Sectors().
constexpr std::string_view kNamedBodies[] = {
    // Party, central.
    "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Ban Chấp hành Trung ương Đảng",
    "Ban Chấp hành Trung ương",
    "Bộ Chính trị",
    "Ban Bí thư",
    "Ủy ban Kiểm tra Trung ương",
    "Văn phòng Trung ương Đảng",
    "Ban Tổ chức Trung ương",
    "Ban Tuyên giáo và Dân vận Trung ương",
    "Ban Tuyên giáo Trung ương",
    "Ban Dân vận Trung ương",
    "Ban Kinh tế Trung ương",
    "Ban Nội chính Trung ương",
    "Ban Đối ngoại Trung ương",
    "Ban Chính sách, chiến lược Trung ương",
    "Ban Chỉ đạo Trung ương",
    "Hội đồng Lý luận Trung ương",
    "Quân ủy Trung ương",
    "Đảng ủy Công an Trung ương",
    "Đảng ủy Khối các cơ quan Trung ương",
    "Đảng ủy Khối doanh nghiệp Trung ương",
    "Đảng ủy các cơ quan Đảng Trung ương",
    "Đảng ủy Chính phủ",
    "Đảng ủy Quốc hội",
    "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương",
    // Party, local.
    "Tỉnh ủy",
    "Thành ủy",
    "Huyện ủy",
    "Quận ủy",
    "Thị ủy",
    "Ban Thường vụ Tỉnh ủy",
    "Ban Thường vụ Thành ủy",
    "Ban Thường vụ Huyện ủy",
    "Ban Thường vụ Quận ủy",
    "Ban Thường vụ Thị ủy",
    "Thường trực Tỉnh ủy",
    "Thường trực Thành ủy",
    "Thường trực Huyện ủy",
    "Ban Tuyên giáo và Dân vận Tỉnh ủy",
    "Ban Tuyên giáo Tỉnh ủy",
    "Ban Dân vận Tỉnh ủy",
    "Ban Tổ chức Tỉnh ủy",
    "Ban Nội chính Tỉnh ủy",
    "Ủy ban Kiểm tra Tỉnh ủy",
    "Văn phòng Tỉnh ủy",
    "Ban Tuyên giáo Thành ủy",
    "Ban Dân vận Thành ủy",
    "Ban Tổ chức Thành ủy",
    "Ủy ban Kiểm tra Thành ủy",
    "Văn phòng Thành ủy",
    "Ban Tuyên giáo Huyện ủy",
    "Ban Dân vận Huyện ủy",
    "Ban Tổ chức Huyện ủy",
    "Ủy ban Kiểm tra Huyện ủy",
    "Văn phòng Huyện ủy",
    "Đảng ủy Khối các cơ quan tỉnh",
    "Đảng ủy Khối doanh nghiệp tỉnh",
    "Đảng ủy các cơ quan Đảng tỉnh",
    "Đảng ủy Ủy ban nhân dân tỉnh",
    "Ủy ban Kiểm tra Đảng ủy",
    "Đảng ủy Khối",
    "Đảng ủy",
    "Ban cán sự đảng",
    "Đảng đoàn",
    // State, central.
    "Quốc hội",
    "Ủy ban Thường vụ Quốc hội",
    "Văn phòng Quốc hội",
    "Hội đồng Dân tộc",
    "Ủy ban Pháp luật và Tư pháp",
    "Ủy ban Pháp luật",
    "Ủy ban Tư pháp",
    "Ủy ban Kinh tế và Tài chính",
    "Ủy ban Kinh tế",
    "Ủy ban Văn hóa và Xã hội",
    "Ủy ban Quốc phòng, An ninh và Đối ngoại",
    "Ủy ban Tài chính, Ngân sách",
    "Ủy ban Quốc phòng và An ninh",
    "Ủy ban Văn hóa, Giáo dục",
    "Ủy ban Xã hội",
    "Ủy ban Khoa học, Công nghệ và Môi trường",
    "Ủy ban Đối ngoại",
    "Hội đồng bầu cử quốc gia",
    "Chủ tịch nước",
    "Văn phòng Chủ tịch nước",
    "Hội đồng Quốc phòng và An ninh",
    "Chính phủ",
    "Thủ tướng Chính phủ",
    "Phó Thủ tướng Chính phủ",
    "Văn phòng Chính phủ",
    "Thanh tra Chính phủ",
    "Ủy ban Dân tộc",
    "Ngân hàng Nhà nước Việt Nam",
    "Kiểm toán Nhà nước",
    "Kho bạc Nhà nước",
    "Bảo hiểm xã hội Việt Nam",
    "Tổng cục Thuế",
    "Tổng cục Hải quan",
    "Tổng cục Thống kê",
    "Tổng cục Quản lý thị trường",
    "Ủy ban Chứng khoán Nhà nước",
    "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp",
    "Ngân hàng Chính sách xã hội",
    "Ngân hàng Phát triển Việt Nam",
    "Hội đồng Thẩm phán Tòa án nhân dân tối cao",
    "Tòa án nhân dân tối cao",
    "Viện kiểm sát nhân dân tối cao",
    "Hội đồng Thi đua - Khen thưởng Trung ương",
    "Viện Hàn lâm Khoa học và Công nghệ Việt Nam",
    "Viện Hàn lâm Khoa học xã hội Việt Nam",
    "Học viện Chính trị quốc gia Hồ Chí Minh",
    "Đài Truyền hình Việt Nam",
    "Đài Tiếng nói Việt Nam",
    "Thông tấn xã Việt Nam",
    // State, local.
    "Ủy ban nhân dân",
    "Hội đồng nhân dân",
    "Thường trực Hội đồng nhân dân",
    "Chủ tịch Ủy ban nhân dân",
    "Văn phòng Ủy ban nhân dân",
    "Văn phòng Hội đồng nhân dân",
    "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân",
    "Đoàn đại biểu Quốc hội",
    "Cục Thuế",
    "Chi cục Thuế",
    "Cục Hải quan",
    "Chi cục Hải quan",
    "Cục Thống kê",
    "Cục Quản lý thị trường",
    "Bảo hiểm xã hội",
    "Bộ Chỉ huy Quân sự",
    "Bộ Chỉ huy Bộ đội Biên phòng",
    "Ban Dân tộc",
    "Ban Quản lý Khu kinh tế",
    // Front and mass organisations.
    "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Mặt trận Tổ quốc Việt Nam",
    "Mặt trận Tổ quốc",
    "Tổng Liên đoàn Lao động Việt Nam",
    "Liên đoàn Lao động",
    "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Trung ương Hội Liên hiệp Phụ nữ Việt Nam",
    "Hội Liên hiệp Phụ nữ Việt Nam",
    "Hội Liên hiệp Phụ nữ",
    "Hội Nông dân Việt Nam",
    "Hội Nông dân",
    "Hội Cựu chiến binh Việt Nam",
    "Hội Cựu chiến binh",
    "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam",
    "Phòng Thương mại và Công nghiệp Việt Nam",
    "Liên minh Hợp tác xã Việt Nam",
};

// Words that head a body's name, from the names above and Sectors(); each
// longer head before the shorter head that is its word prefix.
constexpr std::string_view kBodyHeads[] = {
    "Ủy ban nhân dân",
    "Ủy ban",
    "Hội đồng nhân dân",
    "Hội đồng",
    "Hội",
    "Bộ Chỉ huy",
    "Bộ trưởng",
    "Bộ",
    "Sở",
    "Tổng cục",
    "Tổng Liên đoàn",
    "Chi cục",
    "Cục",
    "Ban cán sự đảng",
    "Ban",
    "Văn phòng",
    "Tỉnh ủy",
    "Thành ủy",
    "Huyện ủy",
    "Quận ủy",
    "Thị ủy",
    "Đảng ủy",
    "Đảng đoàn",
    "Chính phủ",
    "Phó Thủ tướng",
    "Thủ tướng",
    "Quốc hội",
    "Phó Chủ tịch",
    "Chủ tịch",
    "Thường trực",
    "Giám đốc",
    "Kho bạc",
    "Kiểm toán",
    "Ngân hàng",
    "Mặt trận",
    "Thanh tra",
    "Trung tâm",
    "Tòa án",
    "Viện kiểm sát",
    "Viện",
    "Học viện",
    "Bảo hiểm xã hội",
    "Liên đoàn",
    "Liên hiệp",
    "Đoàn",
    "Công an",
    "Phòng",
    "Đài",
    // A taxpayer's letter: "Công văn số 144/2025/CV-... của Công ty ...".
    "Công ty cổ phần",
    "Công ty TNHH",
    "Công ty",
};

// The 63 provinces and centrally-run cities from 2008 (Nghị quyết
// 15/2008/QH12 merged Hà Tây into Hà Nội) to 2025, as named in the lists of
// administrative units; plus Huế, a centrally-run city since 2025. The 34
// units of Nghị quyết 202/2025/QH15 all bear one of these names.
constexpr std::string_view kProvinces[] = {
    // Centrally-run cities.
    "Hà Nội",
    "Hồ Chí Minh",
    "Hải Phòng",
    "Đà Nẵng",
    "Cần Thơ",
    "Huế",
    // North-west and north-east.
    "Hà Giang",
    "Cao Bằng",
    "Bắc Kạn",
    "Tuyên Quang",
    "Lào Cai",
    "Điện Biên",
    "Lai Châu",
    "Sơn La",
    "Yên Bái",
    "Hòa Bình",
    "Thái Nguyên",
    "Lạng Sơn",
    "Quảng Ninh",
    "Bắc Giang",
    "Phú Thọ",
    // Red River Delta.
    "Vĩnh Phúc",
    "Bắc Ninh",
    "Hải Dương",
    "Hưng Yên",
    "Thái Bình",
    "Hà Nam",
    "Nam Định",
    "Ninh Bình",
    // North Central and Central Coast.
    "Thanh Hóa",
    "Nghệ An",
    "Hà Tĩnh",
    "Quảng Bình",
    "Quảng Trị",
    "Thừa Thiên Huế",
    "Quảng Nam",
    "Quảng Ngãi",
    "Bình Định",
    "Phú Yên",
    "Khánh Hòa",
    "Ninh Thuận",
    "Bình Thuận",
    // Central Highlands.
    "Kon Tum",
    "Gia Lai",
    "Đắk Lắk",
    "Đắk Nông",
    "Lâm Đồng",
    // South-east.
    "Bình Phước",
    "Tây Ninh",
    "Bình Dương",
    "Đồng Nai",
    "Bà Rịa - Vũng Tàu",
    // Mekong Delta.
    "Long An",
    "Tiền Giang",
    "Bến Tre",
    "Trà Vinh",
    "Vĩnh Long",
    "Đồng Tháp",
    "An Giang",
    "Kiên Giang",
    "Hậu Giang",
    "Sóc Trăng",
    "Bạc Liêu",
    "Cà Mau",
};

// Codes, laws and ordinances by the names in their titles (Cơ sở dữ liệu
// quốc gia về văn bản pháp luật, vbpl.vn), the form in which they are cited
// without a number. Laws in force and recently replaced ones that documents
// still cite.
constexpr std::string_view kKnownLaws[] = {
    "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Hiến pháp",
    // Codes.
    "Bộ luật Dân sự",
    "Bộ luật Hình sự",
    "Bộ luật Lao động",
    "Bộ luật Tố tụng dân sự",
    "Bộ luật Tố tụng hình sự",
    "Bộ luật Hàng hải Việt Nam",
    // State organisation.
    "Luật Tổ chức Quốc hội",
    "Luật Tổ chức Chính phủ",
    "Luật Tổ chức chính quyền địa phương",
    "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân",
    "Luật Tổ chức Tòa án nhân dân",
    "Luật Tổ chức Viện kiểm sát nhân dân",
    "Luật Tổ chức cơ quan điều tra hình sự",
    "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân",
    "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân",
    "Luật Bầu cử đại biểu Quốc hội",
    "Luật Bầu cử đại biểu Hội đồng nhân dân",
    "Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, "
    "Ủy ban nhân dân",
    "Luật Ban hành văn bản quy phạm pháp luật",
    "Luật Trưng cầu ý dân",
    "Luật Mặt trận Tổ quốc Việt Nam",
    "Luật Công đoàn",
    "Luật Thanh niên",
    "Luật Thủ đô",
    "Luật Cán bộ, công chức",
    "Luật Viên chức",
    "Luật Thi đua, khen thưởng",
    "Luật Lưu trữ",
    "Luật Bảo vệ bí mật nhà nước",
    "Luật Thực hiện dân chủ ở cơ sở",
    "Luật Tiếp cận thông tin",
    "Luật Điều ước quốc tế",
    "Luật Thỏa thuận quốc tế",
    "Luật Ký kết, gia nhập và thực hiện điều ước quốc tế",
    "Luật Cơ quan đại diện nước Cộng hòa xã hội chủ nghĩa Việt Nam ở nước "
    "ngoài",
    "Luật Quốc tịch Việt Nam",
    // Inspection, complaints, anti-corruption.
    "Luật Thanh tra",
    "Luật Tiếp công dân",
    "Luật Khiếu nại, tố cáo",
    "Luật Khiếu nại",
    "Luật Tố cáo",
    "Luật Phòng, chống tham nhũng",
    "Luật Thực hành tiết kiệm, chống lãng phí",
    "Luật Kiểm toán nhà nước",
    "Luật Kiểm toán độc lập",
    // Justice.
    "Luật Xử lý vi phạm hành chính",
    "Luật Tố tụng hành chính",
    "Luật Thi hành án dân sự",
    "Luật Thi hành án hình sự",
    "Luật Thi hành tạm giữ, tạm giam",
    "Luật Đặc xá",
    "Luật Tương trợ tư pháp",
    "Luật Giám định tư pháp",
    "Luật Lý lịch tư pháp",
    "Luật Trách nhiệm bồi thường của Nhà nước",
    "Luật Luật sư",
    "Luật Công chứng",
    "Luật Trợ giúp pháp lý",
    "Luật Hộ tịch",
    "Luật Nuôi con nuôi",
    "Luật Hôn nhân và gia đình",
    "Luật Phổ biến, giáo dục pháp luật",
    "Luật Hòa giải ở cơ sở",
    "Luật Hòa giải, đối thoại tại Tòa án",
    "Luật Trọng tài thương mại",
    "Luật Phá sản",
    "Luật Đấu giá tài sản",
    // Defence and security.
    "Luật Quốc phòng",
    "Luật An ninh quốc gia",
    "Luật Biên giới quốc gia",
    "Luật Biển Việt Nam",
    "Luật Biên phòng Việt Nam",
    "Luật Cảnh sát biển Việt Nam",
    "Luật Nghĩa vụ quân sự",
    "Luật Dân quân tự vệ",
    "Luật Sĩ quan Quân đội nhân dân Việt Nam",
    "Luật Quân nhân chuyên nghiệp, công nhân và viên chức quốc phòng",
    "Luật Lực lượng dự bị động viên",
    "Luật Giáo dục quốc phòng và an ninh",
    "Luật Công an nhân dân",
    "Luật Cảnh vệ",
    "Luật Cảnh sát cơ động",
    "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ",
    "Luật Cư trú",
    "Luật Căn cước công dân",
    "Luật Căn cước",
    "Luật Xuất cảnh, nhập cảnh của công dân Việt Nam",
    "Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại "
    "Việt Nam",
    "Luật An ninh mạng",
    "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ",
    "Luật Phòng cháy và chữa cháy",
    "Luật Phòng, chống ma túy",
    "Luật Phòng, chống mua bán người",
    "Luật Phòng, chống rửa tiền",
    "Luật Trật tự, an toàn giao thông đường bộ",
    // Public finance and tax.
    "Luật Ngân sách nhà nước",
    "Luật Quản lý thuế",
    "Luật Quản lý nợ công",
    "Luật Quản lý, sử dụng tài sản công",
    "Luật Quản lý, sử dụng tài sản nhà nước",
    "Luật Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại "
    "doanh nghiệp",
    "Luật Đầu tư công",
    "Luật Đầu tư theo phương thức đối tác công tư",
    "Luật Đấu thầu",
    "Luật Kế toán",
    "Luật Thống kê",
    "Luật Phí và lệ phí",
    "Luật Giá",
    "Luật Hải quan",
    "Luật Thuế giá trị gia tăng",
    "Luật Thuế thu nhập doanh nghiệp",
    "Luật Thuế thu nhập cá nhân",
    "Luật Thuế tiêu thụ đặc biệt",
    "Luật Thuế xuất khẩu, thuế nhập khẩu",
    "Luật Thuế tài nguyên",
    "Luật Thuế bảo vệ môi trường",
    "Luật Thuế sử dụng đất nông nghiệp",
    "Luật Thuế sử dụng đất phi nông nghiệp",
    // Banking, enterprise and trade.
    "Luật Ngân hàng Nhà nước Việt Nam",
    "Luật Các tổ chức tín dụng",
    "Luật Bảo hiểm tiền gửi",
    "Luật Chứng khoán",
    "Luật Kinh doanh bảo hiểm",
    "Luật Các công cụ chuyển nhượng",
    "Luật Doanh nghiệp",
    "Luật Đầu tư",
    "Luật Hợp tác xã",
    "Luật Hỗ trợ doanh nghiệp nhỏ và vừa",
    "Luật Cạnh tranh",
    "Luật Thương mại",
    "Luật Quản lý ngoại thương",
    "Luật Bảo vệ quyền lợi người tiêu dùng",
    "Luật Quảng cáo",
    "Luật Giao dịch điện tử",
    // Land, construction, transport.
    "Luật Đất đai",
    "Luật Nhà ở",
    "Luật Kinh doanh bất động sản",
    "Luật Xây dựng",
    "Luật Kiến trúc",
    "Luật Quy hoạch đô thị và nông thôn",
    "Luật Quy hoạch đô thị",
    "Luật Quy hoạch",
    "Luật Giao thông đường bộ",
    "Luật Giao thông đường thủy nội địa",
    "Luật Đường bộ",
    "Luật Đường sắt",
    "Luật Hàng không dân dụng Việt Nam",
    // Resources, environment, agriculture.
    "Luật Bảo vệ môi trường",
    "Luật Tài nguyên nước",
    "Luật Khoáng sản",
    "Luật Địa chất và khoáng sản",
    "Luật Tài nguyên, môi trường biển và hải đảo",
    "Luật Khí tượng thủy văn",
    "Luật Đo đạc và bản đồ",
    "Luật Đa dạng sinh học",
    "Luật Phòng, chống thiên tai",
    "Luật Đê điều",
    "Luật Thủy lợi",
    "Luật Lâm nghiệp",
    "Luật Bảo vệ và phát triển rừng",
    "Luật Thủy sản",
    "Luật Trồng trọt",
    "Luật Chăn nuôi",
    "Luật Thú y",
    "Luật Bảo vệ và kiểm dịch thực vật",
    // Science, technology, industry, energy.
    "Luật Khoa học và Công nghệ",
    "Luật Khoa học, công nghệ và đổi mới sáng tạo",
    "Luật Chuyển giao công nghệ",
    "Luật Công nghệ cao",
    "Luật Công nghệ thông tin",
    "Luật Công nghiệp công nghệ số",
    "Luật Sở hữu trí tuệ",
    "Luật Tiêu chuẩn và quy chuẩn kỹ thuật",
    "Luật Chất lượng sản phẩm, hàng hóa",
    "Luật Đo lường",
    "Luật Năng lượng nguyên tử",
    "Luật An toàn thông tin mạng",
    "Luật Dữ liệu",
    "Luật Bảo vệ dữ liệu cá nhân",
    "Luật Bưu chính",
    "Luật Viễn thông",
    "Luật Tần số vô tuyến điện",
    "Luật Báo chí",
    "Luật Xuất bản",
    "Luật Điện lực",
    "Luật Sử dụng năng lượng tiết kiệm và hiệu quả",
    "Luật Hóa chất",
    "Luật Dầu khí",
    // Society, health, education, culture.
    "Luật Bảo hiểm xã hội",
    "Luật Bảo hiểm y tế",
    "Luật Việc làm",
    "Luật An toàn, vệ sinh lao động",
    "Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng",
    "Luật Giáo dục nghề nghiệp",
    "Luật Giáo dục đại học",
    "Luật Giáo dục",
    "Luật Nhà giáo",
    "Luật Khám bệnh, chữa bệnh",
    "Luật Dược",
    "Luật An toàn thực phẩm",
    "Luật Phòng, chống bệnh truyền nhiễm",
    "Luật Phòng, chống tác hại của thuốc lá",
    "Luật Phòng, chống tác hại của rượu, bia",
    "Luật Bảo vệ sức khỏe nhân dân",
    "Luật Trẻ em",
    "Luật Người cao tuổi",
    "Luật Người khuyết tật",
    "Luật Bình đẳng giới",
    "Luật Phòng, chống bạo lực gia đình",
    "Luật Tín ngưỡng, tôn giáo",
    "Luật Di sản văn hóa",
    "Luật Du lịch",
    "Luật Thể dục, thể thao",
    "Luật Điện ảnh",
    "Luật Thư viện",
    // Ordinances.
    "Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn",
    "Pháp lệnh Ưu đãi người có công với cách mạng",
    "Pháp lệnh Phí và lệ phí",
    "Pháp lệnh Chi phí tố tụng",
    "Pháp lệnh Xử lý vi phạm hành chính",
    "Pháp lệnh Cán bộ, công chức",
    "Pháp lệnh Chống tham nhũng",
    "Pháp lệnh Thực hành tiết kiệm, chống lãng phí",
    "Pháp lệnh Khiếu nại, tố cáo của công dân",
    "Pháp lệnh Dân số",
    "Pháp lệnh Tín ngưỡng, tôn giáo",
    "Pháp lệnh Ngoại hối",
    "Pháp lệnh Giá",
    "Pháp lệnh Án phí, lệ phí Tòa án",
    "Pháp lệnh Lưu trữ quốc gia",
    "Pháp lệnh Bảo vệ bí mật nhà nước",
    "Pháp lệnh Quảng cáo",
    "Pháp lệnh Thư viện",
    "Pháp lệnh Dân quân tự vệ",
    "Pháp lệnh Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ",
};

// Governing words and the relation names of the extraction contract
// (../shared/spec/extraction.md, "relation"). Lower case; every phrase comes
// before the shorter phrases it contains ("hướng dẫn thực hiện" is guides,
// not implements).
constexpr RelationWord kRelationWords[] = {
    {"hướng dẫn tổ chức triển khai thực hiện", "guides"},
    {"hướng dẫn triển khai thực hiện", "guides"},
    {"hướng dẫn tổ chức thực hiện", "guides"},
    {"hướng dẫn triển khai", "guides"},
    {"sửa đổi, bổ sung và bãi bỏ", "amends"},
    {"theo ý kiến chỉ đạo", "implements"},
    {"theo chỉ đạo", "implements"},
    {"quy định chi tiết và hướng dẫn thi hành", "guides"},
    {"quy định chi tiết thi hành", "guides"},
    {"quy định chi tiết", "guides"},
    {"hướng dẫn thi hành", "guides"},
    {"hướng dẫn thực hiện", "guides"},
    {"hướng dẫn", "guides"},
    {"tổ chức triển khai thực hiện", "implements"},
    {"triển khai thực hiện", "implements"},
    {"tổ chức thực hiện", "implements"},
    {"tiếp tục thực hiện", "implements"},
    {"thực hiện", "implements"},
    {"triển khai", "implements"},
    {"thi hành", "implements"},
    {"cụ thể hóa", "implements"},
    {"quán triệt", "implements"},
    {"sửa đổi, bổ sung", "amends"},
    {"sửa đổi bổ sung", "amends"},
    {"sửa đổi", "amends"},
    {"bổ sung", "amends"},
    {"đính chính", "amends"},
    {"thay thế", "replaces"},
    {"bãi bỏ toàn bộ", "repeals"},
    {"bãi bỏ một phần", "repeals"},
    {"bãi bỏ", "repeals"},
    {"hủy bỏ", "repeals"},
    {"căn cứ vào", "basis"},
    {"căn cứ", "basis"},
    {"trên cơ sở", "basis"},
};

// What may stand between a governing word and its object without changing
// what it governs: adverbs of manner and determiners ("Thực hiện nghiêm
// Chỉ thị 20", "triển khai có hiệu quả các Kế hoạch").
constexpr std::string_view kObjectModifiers[] = {
    "nghiêm túc", "nghiêm",       "tốt",        "có hiệu quả", "hiệu quả",    "đồng bộ",
    "quyết liệt", "kịp thời",     "đầy đủ",     "đúng",        "sâu sắc",     "sâu rộng",
    "toàn diện",  "triệt để",     "thống nhất", "dứt điểm",    "khẩn trương", "nghiêm chỉnh",
    "chặt chẽ",   "thường xuyên", "các",        "những",       "một số",      "toàn bộ",
    "một phần",   "mọi",          "và",         "cũng như",
};

// Activities whose own object a following mention is, when a governing
// word governs the activity: in "triển khai tuyên truyền Luật Đất đai" the
// law is propagated, not implemented; "thực hiện rà soát Quyết định" reviews.
constexpr std::string_view kActivityVerbs[] = {
    "tuyên truyền", "phổ biến", "giới thiệu", "học tập",  "nghiên cứu", "rà soát",
    "kiểm tra",     "giám sát", "thanh tra",  "đánh giá", "sơ kết",     "tổng kết",
    "lấy ý kiến",   "góp ý",    "thẩm định",  "xây dựng", "soạn thảo",  "ban hành",
    "gửi",          "sao gửi",  "đăng tải",   "công bố",  "niêm yết",
};

// Nouns for the content of a cited document: what a governing word reaches
// when its object is "the tasks, conclusions or directions of X" ("triển
// khai các nhiệm vụ được giao tại Quyết định 06", "thực hiện kết luận tại
// Thông báo 12-TB/TU"), as opposed to an activity of the citing document
// with the mention as its adjunct ("thực hiện ký số theo Quyết định 28").
constexpr std::string_view kContentNouns[] = {
    "nhiệm vụ",   "giải pháp",    "kết luận",     "ý kiến chỉ đạo", "ý kiến kết luận",
    "chỉ đạo",    "nội dung",     "quy định",     "yêu cầu",        "mục tiêu",
    "chủ trương", "tinh thần",    "kiến nghị",    "chỉ tiêu",       "quan điểm",
    "định hướng", "phương hướng", "chương trình", "đề án",          "biện pháp",
    "điều",       "khoản",        "điểm",         "phụ lục",        "chính sách",
    "hướng dẫn",  "văn bản",      "kế hoạch",
};

// Words of the path from amends, replaces, repeals or guides to the
// document acted on: the part of it meant ("sửa đổi, bổ sung một số điều,
// khoản của Quy định ban hành kèm theo Quyết định", "bãi bỏ khoản 2 Điều 1
// Quyết định", "bổ sung Phụ lục II vào Quyết định").
constexpr std::string_view kPartWords[] = {
    "một số điều",
    "điều",
    "khoản",
    "điểm",
    "phụ lục",
    "mục",
    "phần",
    "chương",
    "của",
    "tại",
    "ban hành kèm theo",
    "kèm theo",
    "quy định",
    "quy chế",
    "vào",
    "sau",
    "sau đây",
    "nội dung",
    "một số nội dung",
    "cụm từ",
    "biểu mẫu",
    "mẫu",
};

// Administrative units of Luật Tổ chức chính quyền địa phương 2015, Điều 2:
// province level (tỉnh, thành phố), district level (huyện, quận, thị xã,
// thành phố) and commune level (xã, phường, thị trấn).
constexpr std::string_view kAdministrativeLevels[] = {
    "thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường",
};

constexpr std::string_view kLocalBodyMarkers[] = {
    "Ủy ban nhân dân", "Hội đồng nhân dân",
    "Tỉnh ủy",         "Thành ủy",
    "Huyện ủy",        "Quận ủy",
    "Thị ủy",          "Đảng ủy",
    "Ban cán sự đảng", "Ban Chỉ đạo",
    "Chi cục",         "Cục Thuế",
    "Công an tỉnh",    "Sở",
};

// Nghị định 30/2020/NĐ-CP, Phụ lục II, Mục II ("Viết hoa"): the names of
// countries, of the Party, "Trung ương" for the Party's and the State's
// centre ("thành phố trực thuộc Trung ương", "Nghị quyết Trung ương 4"),
// and "Bác Hồ" for President Hồ Chí Minh (whose name is also a city's,
// Provinces()). Longer names first.
constexpr std::string_view kProperNames[] = {
    "Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Đảng Cộng sản Việt Nam",
    "Việt Nam",
    "Trung ương",
    "Bác Hồ",
};

// Names of NamedBodies() that running text also uses for the thing itself:
// "chính sách bảo hiểm xã hội", "các đảng ủy cơ sở", "hoạt động kiểm toán
// nhà nước".
constexpr std::string_view kCommonNounBodies[] = {
    "Bảo hiểm xã hội",
    "Đảng ủy",
    "Kiểm toán Nhà nước",
};

// Vietnamese family names, the most frequent first, then the names of ethnic
// minorities (Tày, Thái, Mường, H'Mông, Dao, Khmer) that signers bear. Two
// rare names that fold to the first word of a title in nearly every signature
// block are left out: "Phó" (Phó Giám đốc) and "Viên" (Viện trưởng). Common
// names that fold like a title word stay (Vũ ~ Vụ trưởng, Trương ~ Trưởng
// phòng, Chu ~ Chủ tịch, Tống ~ Tổng cục trưởng, Đặng ~ Đảng ủy), so a caller
// must look at more than the first word.
constexpr std::string_view kSurnames[] = {
    "Nguyễn", "Trần",   "Lê",    "Phạm",  "Hoàng", "Huỳnh", "Phan", "Vũ",     "Võ",     "Đặng",
    "Bùi",    "Đỗ",     "Hồ",    "Ngô",   "Dương", "Lý",    "Đào",  "Đoàn",   "Vương",  "Trịnh",
    "Trương", "Lâm",    "Phùng", "Mai",   "Tô",    "Hà",    "Tạ",   "Lưu",    "Đinh",   "Cao",
    "Lương",  "Châu",   "Quách", "Thái",  "Kiều",  "Hứa",   "Tăng", "Lại",    "Chu",    "Văn",
    "Khổng",  "Triệu",  "Mạc",   "Đàm",   "Nông",  "Lò",    "Hầu",  "Thân",   "Giáp",   "Từ",
    "La",     "Âu",     "Diệp",  "Doãn",  "Mẫn",   "Ninh",  "Tôn",  "Khúc",   "Ông",    "Quan",
    "Lục",    "Mã",     "Ma",    "Bạch",  "Kim",   "Lã",    "Yên",  "Đồng",   "Nghiêm", "Lạc",
    "Khuất",  "Khương", "Tiêu",  "Thạch", "Sơn",   "Danh",  "Lăng", "Phương", "Vi",     "Đậu",
    "Cù",     "Cấn",    "Bế",    "Lỗ",    "Tống",  "Trình", "Mông", "Bành",   "Hàn",    "Kha",
    "Quản",   "Chử",    "Chế",   "Ngọ",   "Ngụy",  "Thiều", "Ung",  "Ứng",    "Giang",  "Nhữ",
    "Phí",    "Lầu",    "Giàng", "Sùng",  "Vàng",  "Thào",  "Mùa",  "Hạng",   "Lù",     "Quàng",
    "Cầm",    "Sầm",    "Lường", "Tòng",  "Đèo",   "Chảo",  "Bàn",
};

}  // namespace

std::span<const DocumentType> DocumentTypes() { return kDocumentTypes; }
std::span<const TypeCode> TypeCodes() { return kTypeCodes; }
std::span<const IssuerCode> IssuerCodes() { return kIssuerCodes; }
std::span<const Sector> Sectors() { return kSectors; }
std::span<const Abbreviation> Abbreviations() { return kAbbreviations; }
std::span<const std::string_view> NamedBodies() { return kNamedBodies; }
std::span<const std::string_view> BodyHeads() { return kBodyHeads; }
std::span<const std::string_view> Provinces() { return kProvinces; }
std::span<const std::string_view> KnownLaws() { return kKnownLaws; }
std::span<const RelationWord> RelationWords() { return kRelationWords; }
std::span<const std::string_view> ObjectModifiers() { return kObjectModifiers; }
std::span<const std::string_view> ContentNouns() { return kContentNouns; }
std::span<const std::string_view> ActivityVerbs() { return kActivityVerbs; }
std::span<const std::string_view> PartWords() { return kPartWords; }
std::span<const std::string_view> LocalBodyMarkers() { return kLocalBodyMarkers; }
std::span<const std::string_view> AdministrativeLevels() { return kAdministrativeLevels; }
std::span<const std::string_view> Surnames() { return kSurnames; }
std::span<const std::string_view> ProperNames() { return kProperNames; }
std::span<const std::string_view> CommonNounBodies() { return kCommonNounBodies; }

}  // namespace lexgraph::tables
