// Vietnamese command phrases (northern and southern wording). Written with diacritics; text typed without them
// is matched against the same phrases with diacritics removed. "*" matches any words.
import type { Grammar } from './types';

export const vi: Grammar = {
  fillers: [
    'ừ', 'ờ', 'ừm', 'ừ thì', 'à', 'á', 'ơi', 'nhé', 'nhá', 'nha', 'nghen', 'nghe nè', 'đi', 'giùm', 'dùm', 'hộ', 'giùm tôi', 'giùm mình', 'hộ tôi',
    'cho tôi', 'cho mình', 'cho em', 'cho anh', 'cho chị', 'cho tui', 'cho tớ', 'làm ơn', 'xin', 'vui lòng', 'earshot', 'ok', 'okay', 'oke', 'với',
    'thì', 'ạ', 'dạ', 'vâng', 'hả', 'ấy', 'coi', 'bạn ơi', 'em ơi', 'anh ơi', 'chị ơi', 'alo', 'ê', 'hey', 'nhỉ', 'giùm tui', 'dùm tui',
    'hộ tui', 'cho cháu', 'cho con',
    'xin lỗi', 'cảm ơn', 'cám ơn', 'cảm ơn nhé', 'nha bạn', 'nhé bạn', 'bạn nhé', 'luôn đi', 'thôi nào',
  ],
  openers: [
    'bạn', 'hãy', 'bạn hãy', 'muốn', 'tôi muốn', 'mình muốn', 'em muốn', 'tui muốn', 'tớ muốn', 'cho', 'bạn có thể', 'có thể', 'giúp tôi',
    'giúp mình', 'tôi cần', 'mình cần', 'thôi', 'ừ', 'được rồi', 'rồi', 'giờ', 'bây giờ', 'vậy', 'vậy thì', 'thế thì', 'bạn làm ơn',
  ],
  closers: [
    'luôn', 'ngay', 'ngay đi', 'bây giờ', 'giờ', 'liền', 'tin này', 'bài này', 'nữa', 'không', 'chưa', 'hông', 'hổng', 'được không', 'được chứ',
    'cái', 'thôi', 'chút', 'một chút', 'tí', 'một tí', 'chút xíu', 'xíu', 'đã', 'lên', 'đi nào', 'nhé', 'với', 'dùm', 'giùm', 'lại', 'đấy', 'vậy',
    'nào', 'em', 'anh', 'chị', 'bạn', 'con', 'cháu', 'tui', 'tôi', 'mình', 'nè', 'này', 'đó', 'nghen', 'coi', 'đi em', 'nhé em', 'giùm tui', 'đã nha',
  ],
  priority: ['starter', 'replay', 'help', 'source', 'save', 'more', 'faster', 'slower', 'previous', 'next', 'repeat', 'pause', 'resume', 'stop'],
  intents: {
    next: {
      exact: [
        'tiếp', 'tiếp theo', 'tin tiếp', 'tin tiếp theo', 'tin sau', 'bài tiếp', 'bài tiếp theo', 'bài sau', 'bỏ qua', 'bỏ qua tin này', 'qua tin khác',
        'tin khác', 'chuyển tin', 'chuyển tin khác', 'sang tin khác', 'sang tin tiếp', 'kế tiếp', 'tin kế tiếp', 'tin kế', 'qua', 'sang', 'chuyển',
        'next', 'lướt qua', 'nghe tin khác', 'đọc tin khác', 'đọc tin tiếp theo', 'qua bài khác', 'tin tiếp nữa', 'tới tin tiếp', 'qua tin tiếp',
        'tin kế đi', 'chuyển qua tin khác', 'nhảy sang tin khác', 'bỏ tin này', 'skip', 'skip tin này',
      ],
      contains: [
        'tin tiếp theo', 'tin kế tiếp', 'bỏ qua tin', 'qua tin khác', 'sang tin khác', 'chuyển sang tin', 'chuyển qua tin', 'chuyển tin', 'đọc tin tiếp theo',
        'nghe tin tiếp', 'tin khác đi', 'bài tiếp theo', 'tin sau đi', 'sang tin tiếp', 'qua tin tiếp', 'tới tin tiếp', 'bỏ tin này', 'qua bài khác',
        'qua tin kế', 'tin kế', 'skip tin',
      ],
    },
    previous: {
      exact: [
        'quay lại', 'trở lại', 'lùi lại', 'lui lại', 'tin trước', 'tin trước đó', 'bài trước', 'tin lúc nãy', 'quay lại tin trước', 'về tin trước',
        'lùi lại một tin', 'quay về', 'tin vừa nãy', 'tin hồi nãy', 'trở về tin trước', 'lùi một tin', 'quay lui', 'back', 'previous', 'tin vừa rồi',
      ],
      contains: [
        'tin trước', 'bài trước', 'lùi lại một tin', 'lùi một tin', 'quay lại tin', 'trở lại tin', 'tin lúc nãy', 'tin hồi nãy', 'tin vừa nãy',
        'quay về tin', 'quay lui', 'lùi 1 tin', 'quay lui 1 tin', 'quay lui một tin', 'back lại',
      ],
    },
    repeat: {
      exact: [
        'nhắc lại', 'lặp lại', 'đọc lại', 'nói lại', 'nghe lại', 'đọc lại tin', 'đọc lại tin này', 'nghe lại tin này', 'một lần nữa', 'lần nữa',
        'gì cơ', 'cái gì', 'nói gì', 'bạn nói gì', 'đọc lại từ đầu', 'từ đầu', 'repeat', 'chưa nghe rõ', 'nghe không rõ', 'nói lại đi',
      ],
      contains: ['nhắc lại', 'lặp lại', 'đọc lại', 'nói lại', 'nghe lại tin', 'một lần nữa', 'từ đầu', 'chưa nghe rõ', 'nghe không rõ', 'không nghe rõ'],
    },
    pause: {
      exact: [
        'tạm dừng', 'dừng một chút', 'dừng chút', 'chờ chút', 'chờ một chút', 'chờ tí', 'đợi chút', 'đợi một chút', 'đợi tí', 'đợi đã', 'khoan',
        'khoan đã', 'tạm ngừng', 'ngừng một chút', 'ngưng một chút', 'tạm ngưng', 'tạm dừng lại', 'chờ', 'đợi', 'pause', 'dừng tạm', 'từ từ đã',
      ],
      contains: [
        'tạm dừng', 'tạm ngừng', 'tạm ngưng', 'dừng một chút', 'dừng chút', 'dừng một lát', 'chờ chút', 'chờ một chút', 'chờ tí', 'đợi chút',
        'đợi một chút', 'đợi tí', 'khoan đã', 'chờ một lát', 'đợi một lát', 'ngừng một chút', 'ngưng một chút', 'đợi tui', 'chờ tui', 'đợi xíu',
        'chờ xíu', 'đợi mình', 'chờ mình', 'dừng tí', 'khoan khoan',
      ],
    },
    resume: {
      exact: [
        'tiếp tục', 'đọc tiếp', 'nói tiếp', 'phát tiếp', 'nghe tiếp', 'tiếp tục đọc', 'chạy tiếp', 'tiếp tục phát', 'bật lại', 'resume', 'continue',
        'tiếp tục nói', 'đọc tiếp tục', 'phát lại đi', 'tiếp đi chứ',
      ],
      contains: ['tiếp tục', 'đọc tiếp', 'nói tiếp', 'phát tiếp', 'nghe tiếp', 'chạy tiếp'],
    },
    stop: {
      exact: [
        'dừng', 'dừng lại', 'ngừng', 'ngừng lại', 'ngưng', 'ngưng lại', 'thôi', 'thôi đủ rồi', 'tắt', 'tắt đi', 'im', 'im đi', 'im lặng', 'đủ rồi',
        'thôi được rồi', 'kết thúc', 'hủy', 'dừng đọc', 'thôi khỏi', 'khỏi', 'không nghe nữa', 'stop', 'dẹp', 'tắt máy', 'thoát', 'thôi nghỉ',
        'đừng đọc nữa', 'thôi đừng đọc nữa', 'ngừng đọc', 'tắt bản tin', 'tắt tin', 'dừng hẳn', 'tắt luôn',
      ],
      contains: ['dừng lại', 'ngừng lại', 'ngưng lại', 'dừng đọc', 'ngừng đọc', 'tắt đi', 'im đi', 'đủ rồi', 'kết thúc', 'không nghe nữa', 'đừng đọc', 'tắt bản tin', 'dừng hẳn'],
    },
    more: {
      exact: [
        'kể thêm', 'nói thêm', 'thêm', 'chi tiết', 'chi tiết hơn', 'đọc thêm', 'đọc hết', 'đọc hết bài', 'đọc toàn bộ', 'đọc toàn bộ bài', 'đọc cả bài',
        'thêm chi tiết', 'cụ thể hơn', 'nói rõ hơn', 'giải thích thêm', 'còn gì nữa', 'rồi sao', 'sau đó thì sao', 'kể tiếp',
      ],
      contains: [
        'kể thêm', 'nói thêm', 'đọc thêm', 'chi tiết hơn', 'thêm chi tiết', 'toàn bộ bài', 'cả bài', 'hết bài', 'toàn văn', 'nói rõ hơn', 'cụ thể hơn',
        'kỹ hơn', 'chi tiết về tin', 'còn gì nữa', 'đầy đủ', 'cả tin', 'chi tiết tin', 'nghe chi tiết', 'đọc chi tiết', 'full bài', 'đọc full',
        'nghe thêm', 'biết thêm', 'thông tin thêm', 'thêm thông tin', 'phần còn lại', 'đọc nốt', 'nói tiếp về tin',
      ],
    },
    faster: {
      exact: ['nhanh', 'nhanh hơn', 'nhanh lên', 'đọc nhanh', 'đọc nhanh hơn', 'đọc nhanh lên', 'nói nhanh', 'nói nhanh hơn', 'nói nhanh lên', 'tăng tốc', 'tăng tốc độ', 'nhanh nhanh'],
      contains: ['nhanh hơn', 'đọc nhanh', 'nói nhanh', 'tăng tốc', 'chậm quá', 'nhanh nhanh', 'lẹ lên', 'đọc lẹ', 'nói lẹ', 'mau lên', 'đọc mau', 'nói mau'],
    },
    slower: {
      exact: ['chậm', 'chậm lại', 'chậm hơn', 'chậm thôi', 'đọc chậm', 'đọc chậm lại', 'đọc chậm hơn', 'đọc chậm thôi', 'nói chậm', 'nói chậm lại', 'nói chậm thôi', 'từ từ', 'giảm tốc', 'giảm tốc độ'],
      contains: ['chậm lại', 'chậm hơn', 'đọc chậm', 'nói chậm', 'giảm tốc', 'nhanh quá', 'từ từ thôi'],
    },
    source: {
      exact: [
        'nguồn', 'nguồn tin', 'nguồn tin là gì', 'nguồn đâu', 'nguồn ở đâu', 'tin này của báo nào', 'báo nào', 'báo nào đưa tin', 'ai đưa tin', 'ai đưa tin này',
        'tin của ai', 'ai viết', 'ai viết bài này', 'lấy từ đâu', 'tin lấy từ đâu', 'nguồn từ đâu', 'source', 'tác giả',
      ],
      contains: [
        'nguồn tin', 'nguồn ở đâu', 'nguồn từ đâu', 'nguồn là', 'nguồn nào', 'báo nào', 'trang nào', 'ai đưa tin', 'ai viết bài', 'ai viết tin',
        'ai là người viết', 'từ đâu ra', 'lấy từ đâu', 'đưa tin này', 'tác giả bài', 'tác giả tin', 'tờ nào', 'kênh nào', 'đăng ở đâu', 'của báo',
        'tin từ đâu', 'nguồn của', 'hỏi nguồn', 'của ai', '!ai viết',
      ],
    },
    save: {
      exact: [
        'lưu', 'lưu lại', 'lưu tin', 'lưu tin này', 'lưu bài này', 'đánh dấu', 'đánh dấu tin này', 'giữ lại tin này', 'lưu để đọc sau', 'để dành tin này',
        'save', 'lưu lại tin này', 'đánh dấu lại', 'bookmark', 'ghi nhớ',
      ],
      contains: [
        'lưu tin', 'lưu bài', 'lưu lại tin', 'lưu lại bài', 'đánh dấu tin', 'đánh dấu bài', 'lưu để', 'để dành tin', 'để dành bài', 'giữ lại tin',
        'đọc sau', 'nghe sau', 'lưu cái tin', 'lưu vào', 'bookmark', 'ghi nhớ tin', 'đã lưu', 'mục lưu',
      ],
    },
    replay: {
      exact: ['phát lại', 'phát lại bản tin', 'nghe lại bản tin', 'mở lại bản tin', 'replay'],
      contains: [
        'phát lại bản tin', 'nghe lại bản tin', 'mở lại bản tin', 'bật lại bản tin', 'đọc lại bản tin', 'phát lại * bản tin', 'nghe lại * bản tin',
        'bản tin * lần nữa', 'phát lại toàn bộ', 'nghe lại toàn bộ', 'bản tin lúc nãy', 'bản tin vừa rồi', 'bản tin hồi nãy', 'bản tin cũ',
        'replay bản tin', 'replay * bản tin',
      ],
    },
    starter: {
      exact: ['bật lên đi', 'bật các nguồn đó', 'bật nguồn đó lên', 'thêm các nguồn đó', 'bật hết lên'],
      contains: [
        'nguồn gợi ý', 'nguồn tin gợi ý', 'các nguồn được gợi ý', 'nguồn được gợi ý', 'nguồn đề xuất', 'nguồn tin đề xuất', 'bật nguồn tin',
        'bật các nguồn tin', 'bật các nguồn', 'thêm các nguồn tin',
      ],
    },
    help: {
      exact: [
        'trợ giúp', 'giúp đỡ', 'hướng dẫn', 'giúp', 'help', 'cứu', 'tôi có thể nói gì', 'tôi nói gì được', 'có những lệnh nào', 'bạn làm được gì',
        'cần giúp đỡ', 'cần trợ giúp', 'dùng thế nào', 'cách dùng',
      ],
      contains: [
        'có thể nói gì', 'có thể nói những gì', 'nói gì được', 'nói được gì', 'những lệnh nào', 'các lệnh', 'lệnh nào', 'danh sách lệnh', 'làm được gì', 'làm được những gì',
        'cách dùng', 'cách sử dụng', 'hướng dẫn sử dụng', 'trợ giúp', 'giúp đỡ', 'dùng như thế nào', 'dùng thế nào', 'sử dụng thế nào', 'nói gì để',
        'dùng app', 'dùng ứng dụng', 'sử dụng app', 'app này dùng',
      ],
    },
  },
  newsCues: [
    'tin', 'tin tức', 'bản tin', 'thời sự', 'có gì mới', 'có gì hot', 'điểm tin', 'tin mới', 'tin nóng', 'cập nhật', 'tình hình', 'thế nào rồi',
    'ra sao rồi', 'sao rồi', 'dạo này', 'diễn biến', 'có chuyện gì', 'chuyện gì', 'tiêu điểm', 'tin hot', 'news', 'headline', 'bài báo',
    'đọc báo', 'đọc tin', 'có gì', 'gì mới', 'nói gì', 'làm gì', 'động thái', 'vụ', 'mới nhất', 'tiêu đề', 'bài viết',
    'tờ báo', 'chủ đề nóng', 'bàn tán', 'xu hướng',
  ],
  strongNewsCues: ['tin tức', 'bản tin', 'thời sự', 'điểm tin', 'tin về', 'tin ai', 'tin mới', 'có gì mới về', 'có gì mới trong', 'tin công nghệ'],
  vetoDomains: ['radio', 'đài phát thanh', 'podcast', 'email', 'tin nhắn', 'nhạc', 'bài hát', 'thời tiết'],
  vetoExemptAfter: ['về', 'liên quan đến', 'liên quan tới'],
  commandObjects: [
    'bản tin', 'tin', 'tin này', 'bài', 'bài này', 'đọc', 'phát', 'nghe', 'nói', 'đi', 'lại', 'tôi', 'mình', 'bạn', 'nhé', 'nha', 'đã', 'chút',
    'một chút', 'tí', 'cái', 'đó', 'này', 'giùm', 'đọc tin', 'việc đọc', 'luôn', 'ngay', 'được', 'thôi', 'nữa', 'rồi', 'vậy', 'giờ', 'bây giờ', 'mà',
  ],
  otherDomains: [
    'nhạc', 'bài hát', 'bài nhạc', 'ca sĩ', 'album', 'playlist', 'radio', 'nghe đài', 'mở đài', 'bật đài', 'đài phát thanh', 'podcast', 'sách nói', 'truyện', 'truyện kiều', 'âm lượng', 'to lên',
    'nhỏ lại', 'tắt tiếng', 'thời tiết', 'nhiệt độ', 'mưa', 'nắng', 'báo thức', 'hẹn giờ', 'nhắc nhở', 'nhắc tôi', 'nhắc mình', 'lịch hẹn', 'lịch họp', 'xem lịch', 'lịch làm việc', 'cuộc họp',
    'email', 'hộp thư', 'gửi thư', 'thư điện tử', 'tin nhắn', 'nhắn tin', 'gọi điện', 'gọi cho', 'điện thoại', 'số điện thoại', 'bật đèn', 'tắt đèn', 'bóng đèn', 'đèn phòng', 'quạt', 'điều hòa', 'máy lạnh', 'ổ cắm',
    'taxi', 'grab', 'đặt xe', 'gọi xe', 'dừng xe', 'đỗ xe', 'trạm xăng', 'mua vé', 'đặt vé', 'vé máy bay', 'vé xem', 'chuyến bay', 'kẹt xe', 'công thức', 'nấu', 'nấu ăn', 'nhà hàng',
    'đặt món', 'đồ ăn', 'mua sắm', 'mua hàng', 'chuyển khoản', 'chuyện cười', 'trò chơi', 'game', 'phim', 'tập phim', 'tivi', 'bản đồ', 'đường đi', 'chỉ đường',
    'tiếp khách', 'tiếp đón', 'không tin', 'tin được', 'tin tưởng', 'tin cậy', 'đáng tin', 'lòng tin', 'tôi tin', 'mình tin', 'tin không nổi',
    'tin hay không', 'niềm tin', 'tự tin', 'tin nhắn mới', 'video', 'youtube', 'tạo ảnh', 'vẽ tranh', 'vẽ hình', 'dịch giúp', 'dịch sang', 'phiên dịch', 'trễ học', 'khó tin', 'tin vào',
    'tin học', 'tin tặc', 'con ơi', 'kẻo', 'gói cước', 'sim', 'thuê bao', 'tài khoản', 'hoạt động như',
    'về nhà', 'quay lại nhà', 'ngủ', 'học bài', 'tài liệu', 'file', 'tệp', 'mật khẩu', 'wifi', 'bluetooth', 'pin', 'sạc',
  ],
  topicMarkers: ['về', 'liên quan đến', 'liên quan tới', 'xung quanh', 'quanh', 'vụ'],
  weakTopicMarkers: [],
  outlets: [
    'vnexpress', 'tuổi trẻ', 'thanh niên', 'dân trí', 'vietnamnet', 'zing', 'znews', 'vtv', 'báo mới', 'kênh 14', 'cafef', 'genk', 'tinh tế',
    'người lao động', 'lao động', 'nhân dân', 'vtc', 'bbc', 'cnn', 'reuters', 'kênh mười bốn', 'vtv1', 'vtv một', 'bbc tiếng việt',
  ],
  demonstratives: ['tin này', 'bài này', 'tin đó', 'bài đó', 'chuyện này', 'chuyện đó', 'cái này', 'nó'],
  topicalCues: [],
  dayCues: [],
  topicFrame: [
    'tin', 'tin tức', 'bản tin', 'thời sự', 'điểm tin', 'có', 'có gì', 'gì', 'mới', 'mới nhất', 'mới đây', 'gần đây', 'nóng', 'hot', 'nổi bật',
    'đáng chú ý', 'quan trọng', 'chính', 'mới về', 'có gì mới', 'có tin gì', 'tin gì', 'nào', 'thế nào', 'thế nào rồi', 'ra sao', 'ra sao rồi',
    'sao rồi', 'sao', 'như thế nào', 'tình hình', 'diễn biến', 'cập nhật', 'dạo này', 'hiện nay', 'hiện tại', 'đang', 'đang diễn ra', 'xảy ra',
    'chuyện gì', 'có chuyện gì', 'đọc', 'nghe', 'xem', 'cho', 'tôi', 'mình', 'tui', 'tớ', 'em', 'anh', 'chị', 'bạn', 'biết', 'muốn', 'cần', 'hãy',
    'kể', 'nói', 'nói về', 'kể về', 'cho biết', 'không', 'chưa', 'hông', 'hổng', 'rồi', 'các', 'những', 'mấy', 'cái', 'về', 'của', 'vụ', 'ở', 'trong',
    'là', 'với', 'news', 'bài', 'bài báo', 'báo', 'sự kiện', 'tiêu điểm', 'lĩnh vực', 'ngành', 'bên', 'phía', 'tất cả', 'toàn bộ', 'một vài',
    'vài', 'chút', 'một chút', 'tí', 'ít', 'thêm', 'tiếp', 'đi', 'nha', 'nhé', 'ơi', 'ạ', 'thì', 'được', 'vừa', 'vừa mới', 'mới ra', 'ra',
    'ra mắt', 'công bố', 'hôm', 'ngày', 'bữa', 'có tin', 'tin hot', 'động thái', 'làm gì', 'nói gì', 'thế', 'vậy', 'đó', 'này', 'kia', 'hả',
    'không vậy', 'gì không', 'nữa', 'luôn', 'liên quan', 'đến', 'tới', 'điểm', 'qua', 'tóm tắt', 'tổng hợp', 'giúp', 'giùm', 'hộ', 'đâu', 'nào đó',
    'mấy cái', 'tin mới', 'tin nóng', 'tin ai', 'headline', 'tuần', 'sáng', 'chiều', 'tối', 'update', 'mở', 'bật', 'phát', 'bắt đầu', 'hay',
    'hay ho', 'thú vị', 'nhỉ', 'cháu', 'con', 'bố', 'mẹ', 'ông', 'bà', 'cô', 'chú', 'bác', 'ta', 'tao', 'mày', 'hỏi', 'cho hỏi', 'ai đó',
    'trang chính', 'trang nhất', 'trang đầu', 'tiêu đề', 'các tiêu đề', 'bài viết', 'một tờ báo', 'tờ báo', 'chủ đề', 'chủ đề nóng',
    'bàn tán', 'được bàn tán', 'nhiều nhất', 'xu hướng', 'hiện đang', 'đang là', 'những gì', 'điều gì',
    // What an outlet does and where its news is ("tin trên Dân trí", "tin từ Zing", "báo Nhân Dân đăng gì", "VnExpress đưa tin gì"),
    // and what ends a request ("từ thứ tư đến giờ", "trong hai phút thôi").
    // Without diacritics several are other words that begin topics (tự động hóa, Việt Nam, đua xe): "!" keeps them to
    // text with diacritics. "đài" stays out: Đài Loan.
    'trên', '!từ', '!đăng', '!đưa', 'đưa tin', '!viết', 'đến giờ', 'tới giờ', 'đến nay', 'tới nay', 'thôi',
  ],
  defaultDomain: [
    'ai', 'a i', 'trí tuệ nhân tạo', 'công nghệ ai', 'trí tuệ nhân tạo ai', 'ngành ai', 'lĩnh vực ai', 'mảng ai', 'thế giới', 'thế giới ai', 'giới ai',
    'làng ai', 'cộng đồng ai',
  ],
  days: {
    relative: [
      { phrase: 'hôm nay', offset: 0 },
      { phrase: 'ngày hôm nay', offset: 0 },
      { phrase: 'sáng nay', offset: 0 },
      { phrase: 'trưa nay', offset: 0 },
      { phrase: 'chiều nay', offset: 0 },
      { phrase: 'tối nay', offset: 0 },
      { phrase: 'đêm nay', offset: 0 },
      { phrase: 'bữa nay', offset: 0 },
      { phrase: 'hôm qua', offset: -1 },
      { phrase: 'ngày hôm qua', offset: -1 },
      { phrase: 'sáng qua', offset: -1 },
      { phrase: 'trưa qua', offset: -1 },
      { phrase: 'chiều qua', offset: -1 },
      { phrase: 'tối qua', offset: -1 },
      { phrase: 'đêm qua', offset: -1 },
      { phrase: 'bữa qua', offset: -1 },
      { phrase: 'sáng hôm qua', offset: -1 },
      { phrase: 'tối hôm qua', offset: -1 },
      { phrase: 'hôm kia', offset: -2 },
      { phrase: 'bữa kia', offset: -2 },
      { phrase: 'ngày mai', offset: 1 },
    ],
    weekdays: [
      ['chủ nhật', 'chúa nhật', 'cn'],
      ['thứ hai', 'thứ 2', 't2'],
      ['thứ ba', 'thứ 3', 't3'],
      ['thứ tư', 'thứ 4', 't4'],
      ['thứ năm', 'thứ 5', 't5'],
      ['thứ sáu', 'thứ 6', 't6'],
      ['thứ bảy', 'thứ bẩy', 'thứ 7', 't7'],
    ],
    previousWeekday: [],
    weekdayLastWeek: ['tuần trước', 'tuần rồi', 'tuần qua'],
    dayPrefixes: ['ngày', 'hôm', 'bữa', 'vào', 'vào ngày', 'vào hôm', 'trong', 'hồi', 'của', 'sáng', 'chiều', 'tối', 'trưa', 'đêm'],
    weeks: [
      { phrase: 'tuần này', kind: 'this-week' },
      { phrase: 'trong tuần', kind: 'this-week' },
      { phrase: 'tuần trước', kind: 'last-week' },
      { phrase: 'tuần rồi', kind: 'last-week' },
      { phrase: 'tuần qua', kind: 'past-7-days' },
      { phrase: 'tuần vừa qua', kind: 'past-7-days' },
      { phrase: 'cuối tuần', kind: 'this-weekend' },
      { phrase: 'cuối tuần này', kind: 'this-weekend' },
      { phrase: 'cuối tuần trước', kind: 'last-weekend' },
      { phrase: 'cuối tuần rồi', kind: 'last-weekend' },
      { phrase: 'cuối tuần qua', kind: 'last-weekend' },
      { phrase: 'tháng này', kind: 'this-month' },
      { phrase: 'tháng trước', kind: 'last-month' },
      { phrase: 'tháng rồi', kind: 'last-month' },
    ],
    months: [[], [], [], [], [], [], [], [], [], [], [], []],
    lastN: [
      { phrase: '# ngày qua', unit: 'day' },
      { phrase: '# ngày gần đây', unit: 'day' },
      { phrase: '# ngày vừa qua', unit: 'day' },
      { phrase: '# ngày gần nhất', unit: 'day' },
      { phrase: '# ngày trở lại đây', unit: 'day' },
      { phrase: '# ngày nay', unit: 'day' },
      { phrase: '# ngày', unit: 'day' },
      { phrase: '# tuần qua', unit: 'week' },
      { phrase: '# tuần gần đây', unit: 'week' },
      { phrase: '# tuần vừa qua', unit: 'week' },
      { phrase: '# tháng qua', unit: 'month' },
      { phrase: '# tháng gần đây', unit: 'month' },
      { phrase: '# ngày trước', unit: 'days-ago' },
    ],
    numericOrder: 'day-month',
    dateFrames: [
      'ngày d tháng m năm y', 'ngày d tháng m', 'd tháng m năm y', 'd tháng m', 'mùng d tháng m', 'mồng d tháng m', 'hôm d tháng m', 'ngày d/m',
    ],
    monthFrames: ['tháng m năm y', 'tháng m'],
    dayOfMonthFrames: ['ngày d', 'mùng d', 'mồng d'],
    since: ['từ', 'kể từ', 'tính từ', 'từ hôm', 'từ ngày'],
  },
  keepSample: [
    'giữ bản tin mẫu', 'giữ bản mẫu', 'dùng bản tin mẫu', 'chỉ bản tin mẫu', 'không cần nguồn', 'đừng bật nguồn', 'không bật nguồn', 'khỏi bật nguồn', 'không bật các nguồn',
  ],
  heardAgain: [
    'phát lại hết', 'nghe lại hết', 'đọc lại hết', 'kể lại hết', 'phát lại tất cả', 'nghe lại tất cả', 'đọc lại tất cả', 'phát lại các tin đó',
    'nghe lại các tin đó', 'đọc lại các tin đó', 'phát lại những tin đó', 'đọc lại những tin đó', 'phát lại mấy tin đó', 'đọc lại mấy tin đó',
    'cả những tin đã nghe', 'cả tin đã nghe', 'những tin đã nghe', 'các tin đã nghe', 'tất cả tin', 'tất cả các tin', 'tất cả những tin',
    'toàn bộ tin', 'toàn bộ các tin', 'đọc lại * tin * hôm nay', 'nghe lại * tin * hôm nay', 'phát lại * tin * hôm nay',
  ],
  allNews: ['tất cả', 'toàn bộ', 'hết tin', 'hết các tin', 'đầy đủ'],
  whatsNew: ['có gì mới', 'có gì mới không', 'có tin gì mới', 'có tin gì mới không', 'có tin mới không', 'gì mới', 'có gì mới chưa', 'có tin mới chưa'],
  stopAfterStory: [
    'dừng sau tin này', 'tắt sau tin này', 'hết tin này thì dừng', 'hết tin này thì tắt', 'đọc hết tin này rồi dừng', 'đọc xong tin này rồi dừng',
    'đọc xong tin này rồi tắt', 'đọc hết tin này rồi tắt', 'dừng sau khi đọc xong tin này', 'tin này là tin cuối', 'xong tin này thì thôi',
  ],
  sleepTimer: [
    { phrase: 'hẹn giờ tắt # phút', unit: 'minute' },
    { phrase: 'hẹn giờ tắt sau # phút', unit: 'minute' },
    { phrase: 'hẹn giờ ngủ # phút', unit: 'minute' },
    { phrase: 'tắt sau # phút', unit: 'minute' },
    { phrase: 'dừng sau # phút', unit: 'minute' },
    { phrase: '# phút nữa tắt', unit: 'minute' },
    { phrase: '# phút nữa thì tắt', unit: 'minute' },
    { phrase: '# phút nữa thì dừng', unit: 'minute' },
    { phrase: 'tắt sau # tiếng', unit: 'hour' },
    { phrase: 'hẹn giờ tắt # tiếng', unit: 'hour' },
    { phrase: 'dừng sau # tiếng', unit: 'hour' },
  ],
  sleepTimerFixed: [
    { phrase: 'tắt sau nửa tiếng', minutes: 30 },
    { phrase: 'hẹn giờ tắt nửa tiếng', minutes: 30 },
    { phrase: 'dừng sau nửa tiếng', minutes: 30 },
  ],
  sleepCancel: ['hủy hẹn giờ', 'hủy hẹn giờ tắt', 'tắt hẹn giờ', 'bỏ hẹn giờ', 'không hẹn giờ nữa', 'đừng dừng sau tin này'],
  briefingLength: [
    'bản tin # phút', 'tin # phút', '# phút tin', 'trong # phút', 'tóm tắt # phút', 'điểm tin # phút', 'bản tin dài # phút', 'tin tức # phút',
    'bản tin khoảng # phút', 'chừng # phút', 'gói gọn trong # phút',
  ],
  numbers: {
    units: { một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9 },
    tens: { mười: 10, 'hai mươi': 20, 'ba mươi': 30, 'hai chục': 20 },
    afterTens: { mốt: 1, lăm: 5, nhăm: 5, tư: 4 },
    fixed: {},
  },
};
