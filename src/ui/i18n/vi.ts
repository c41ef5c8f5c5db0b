// Vietnamese interface strings.
import type { UiCatalog } from './types';

const dateTime = new Intl.DateTimeFormat('vi-VN', { weekday: 'short', day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit' });

export const vi: UiCatalog = {
  appTagline: 'Tin AI bằng giọng nói',
  languageLabel: 'Ngôn ngữ',
  talk: {
    idle: 'Nói',
    listening: 'Đang nghe… (chạm để dừng)',
    hint: 'Nhấn Nói hoặc phím Space, rồi nói điều bạn muốn. Phím: K tạm dừng, J và L tin trước và tin tiếp, R nhắc lại, Esc dừng.',
    heard: (t) => `Bạn đã nói: “${t}”`,
    problems: {
      unsupported: 'Trình duyệt này không hỗ trợ lệnh giọng nói. Các nút và phím bên dưới làm được mọi việc giọng nói làm.',
      denied: 'Quyền dùng micro đã bị từ chối. Hãy cho phép micro trong phần cài đặt trang web rồi nhấn Nói lại. Các nút vẫn dùng được.',
      'no-microphone': 'Không tìm thấy micro. Hãy kết nối micro rồi nhấn Nói lại. Các nút vẫn dùng được.',
      network: 'Trong trình duyệt này, lệnh giọng nói cần kết nối mạng. Các nút và phím vẫn dùng được.',
      'no-speech': 'Tôi không nghe thấy gì. Hãy nhấn Nói rồi nói.',
      language: 'Trình duyệt này không nhận dạng được giọng nói bằng ngôn ngữ này. Hãy thử ngôn ngữ kia hoặc dùng các nút.',
      busy: 'Micro đang bận. Hãy thử lại sau giây lát.',
      unknown: 'Không nghe được. Hãy thử lại hoặc dùng các nút.',
    },
  },
  transport: {
    label: 'Điều khiển phát',
    play: 'Phát bản tin hôm nay',
    previous: 'Tin trước',
    pause: 'Tạm dừng',
    resume: 'Tiếp tục',
    next: 'Tin tiếp',
    repeat: 'Nhắc lại',
    stop: 'Dừng',
  },
  status: {
    idle: 'Sẵn sàng',
    speaking: 'Đang đọc',
    paused: 'Đã tạm dừng',
    listeningPaused: 'Đang nghe',
    finished: 'Đã hết bản tin',
    silent: 'Trình duyệt này không đọc thành tiếng được; phụ đề hiển thị bản tin thay thế.',
    failures: {
      'not-allowed': 'Trình duyệt cần bạn chạm vào màn hình trước khi Earshot được đọc. Nhấn Tiếp tục.',
      'no-voice': 'Thiết bị không có giọng đọc cho ngôn ngữ này. Hãy chọn giọng trong Cài đặt rồi nhấn Tiếp tục.',
      busy: 'Một ứng dụng khác đang dùng loa. Nhấn Tiếp tục để thử lại.',
      engine: 'Bộ đọc giọng nói gặp lỗi. Nhấn Tiếp tục để thử lại.',
      timeout: 'Bộ đọc giọng nói không phản hồi. Nhấn Tiếp tục để thử lại.',
    },
  },
  nowPlaying: {
    heading: 'Đang phát',
    position: (i, n) => `${i} / ${n}`,
    nothing: 'Chưa phát gì.',
    intro: 'Giới thiệu',
    outro: 'Hết bản tin',
    openSource: 'Đọc bài gốc',
    rate: (rate) => `Tốc độ ${String(rate).replace('.', ',')}×`,
    also: (sources) => `Cùng tin: ${sources.join(', ')}`,
  },
  library: {
    heading: 'Tin của bạn',
    importFeed: 'Nhập nguồn tin',
    importHint: 'Tệp JSON Feed (.json).',
    count: (n) => `${n.toLocaleString('vi-VN')} tin trên thiết bị này.`,
    importing: 'Đang nhập…',
    imported: ({ added, duplicates, skipped, feedTitle }) =>
      [
        added === 0 ? `Không có tin mới từ ${feedTitle}` : `Đã thêm ${added} tin từ ${feedTitle}`,
        duplicates > 0 ? `${duplicates} tin đã có` : '',
        skipped > 0 ? `bỏ qua ${skipped} mục trống` : '',
      ]
        .filter(Boolean)
        .join('; ') + '.',
    failed: {
      'not-json': 'Tệp này không phải JSON hợp lệ nên chưa nhập gì.',
      'not-a-feed': 'Tệp này không phải JSON Feed nên chưa nhập gì.',
      'no-stories': 'Nguồn tin này không có tin nào có tiêu đề hoặc nội dung nên chưa nhập gì.',
      'too-large': 'Tệp lớn hơn 50 MB nên không được nhập.',
      unreadable: 'Không đọc được tệp này. Chưa nhập gì.',
      quota: 'Thiết bị đã hết dung lượng lưu trữ. Không lưu gì từ tệp này; các tin khác vẫn an toàn.',
      storage: 'Không lưu được tin trên thiết bị này (bộ nhớ không khả dụng). Không có gì thay đổi.',
    },
    storageUnavailable: 'Bộ nhớ không khả dụng trong cửa sổ này (chế độ riêng tư?), nên không lưu được tin.',
    dismiss: 'Đóng',
  },
  options: {
    label: 'Tùy chọn phát',
    stopAfterStory: 'Dừng sau tin này',
    sleepTimer: 'Hẹn giờ tắt',
    off: 'Tắt',
    minutes: (n) => `${n} phút`,
    until: (t) => `Dừng lúc ${new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit' }).format(t)}`,
  },
  settings: {
    heading: 'Cài đặt',
    voiceFor: (language) => `Giọng đọc ${language}`,
    automatic: 'Tự động (phù hợp nhất)',
    test: (language) => `Nghe thử giọng ${language}`,
    noVoice: (language) => `Thiết bị này chưa có giọng đọc ${language}; tin ${language} được đọc bằng giọng khác. Cách thêm giọng:`,
    installHelp: [
      'Windows: Cài đặt → Thời gian và ngôn ngữ → Giọng nói → Thêm giọng nói.',
      'macOS: Cài đặt hệ thống → Trợ năng → Nội dung được đọc → Giọng hệ thống → Quản lý giọng nói.',
      'Android: Cài đặt → Chuyển văn bản thành giọng nói → Google → Cài đặt dữ liệu giọng nói.',
      'iPhone và iPad: Cài đặt → Trợ năng → Nội dung được đọc → Giọng nói.',
      'Linux: cài speech-dispatcher và espeak-ng (sudo apt install speech-dispatcher espeak-ng), rồi mở lại trình duyệt.',
    ],
    headphones: 'Tôi dùng tai nghe',
    headphonesHint: 'Khi đó, lúc nghe lệnh Earshot vẫn tiếp tục đọc (micro không nghe thấy Earshot).',
    languages: { en: 'tiếng Anh', vi: 'tiếng Việt' },
  },
  firstRun: 'Hãy thử nói: “Tin AI hôm nay”',
  formatDateTime: (t) => dateTime.format(t),
};
