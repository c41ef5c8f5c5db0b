// Vietnamese command phrases (northern and southern wording); matching also accepts them typed without diacritics.
import type { Grammar } from './types';

export const vi: Grammar = {
  fillers: ['ừ', 'ờ', 'à', 'ơi', 'nhé', 'nhá', 'nha', 'đi', 'giùm', 'giúp', 'hộ', 'cho tôi', 'cho mình', 'cho em', 'cho anh', 'cho chị', 'làm ơn', 'xin', 'vui lòng', 'earshot', 'ok', 'okay', 'được rồi', 'với', 'nào', 'thì', 'cái', 'ạ'],
  openers: ['bạn', 'hãy', 'bạn hãy', 'muốn', 'tôi muốn', 'mình muốn', 'em muốn', 'cho'],
  closers: ['luôn', 'ngay', 'bây giờ', 'giờ', 'tin này', 'bài này', 'nữa'],
  transport: {
    next: ['tiếp', 'tiếp theo', 'tin tiếp', 'tin tiếp theo', 'tin sau', 'bài tiếp', 'bài tiếp theo', 'bỏ qua', 'qua tin khác', 'tin khác', 'chuyển tin', 'chuyển tin khác', 'sang tin khác', 'kế tiếp', 'tin kế tiếp', 'tin kế'],
    previous: ['quay lại', 'trở lại', 'lùi lại', 'tin trước', 'tin trước đó', 'bài trước', 'tin lúc nãy', 'quay lại tin trước', 'về tin trước'],
    repeat: ['nhắc lại', 'lặp lại', 'đọc lại', 'nói lại', 'nghe lại', 'đọc lại tin', 'một lần nữa', 'lần nữa'],
    pause: ['tạm dừng', 'dừng một chút', 'chờ chút', 'chờ một chút', 'đợi chút', 'đợi một chút', 'khoan', 'khoan đã', 'tạm ngừng', 'ngừng một chút', 'đợi đã'],
    resume: ['tiếp tục', 'đọc tiếp', 'nói tiếp', 'phát tiếp', 'nghe tiếp', 'tiếp tục đọc', 'chạy tiếp'],
    stop: ['dừng', 'dừng lại', 'ngừng', 'ngừng lại', 'thôi', 'tắt', 'tắt đi', 'im', 'im lặng', 'đủ rồi', 'thôi được rồi', 'kết thúc', 'hủy', 'dừng đọc'],
  },
  newsCues: ['tin', 'tin tức', 'bản tin', 'thời sự', 'có gì mới', 'điểm tin', 'tin mới', 'tin nóng'],
  relativeDays: [
    { phrase: 'hôm nay', offset: 0 },
    { phrase: 'sáng nay', offset: 0 },
    { phrase: 'trưa nay', offset: 0 },
    { phrase: 'chiều nay', offset: 0 },
    { phrase: 'tối nay', offset: 0 },
    { phrase: 'bữa nay', offset: 0 },
    { phrase: 'hôm qua', offset: -1 },
    { phrase: 'tối qua', offset: -1 },
    { phrase: 'sáng qua', offset: -1 },
    { phrase: 'bữa qua', offset: -1 },
    { phrase: 'hôm kia', offset: -2 },
  ],
};
