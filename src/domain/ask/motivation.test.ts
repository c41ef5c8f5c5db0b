import { describe, expect, it } from 'vitest';
import { answerQuestion } from './answer';
import { asksWhyAtAll, motivationSentence } from './motivation';
import { questionKind } from './question';
import { indexStory } from './story-index';
import type { AskStory } from './types';

const EN: AskStory = {
  language: 'en',
  title: 'Harbourline Insurance lets AI approve small car-damage claims',
  text: [
    'Harbourline Insurance will let artificial intelligence approve small car-damage claims from photos, the insurer said on Monday.',
    'Chief executive Lachlan Ferris said customers had complained for years about waiting up to three weeks for an assessor to visit.',
    'The system was built by Corvel Labs, a Leeds start-up, and checks each photo against 400,000 past claims.',
    'Claims above £3,000 will still be seen by a person.',
  ].join('\n\n'),
};

const VI: AskStory = {
  language: 'vi',
  title: 'Hợp tác xã cà phê ở Đắk Lắk mua máy AI phân loại hạt',
  text: [
    'Một hợp tác xã cà phê ở Đắk Lắk vừa mua dây chuyền dùng AI để phân loại hạt cà phê theo màu và kích cỡ.',
    'Trước đây, công nhân phải nhặt hạt lỗi bằng tay đến mỏi mắt mà hạt lỗi vẫn lọt qua.',
    'Dây chuyền do một công ty ở Bình Dương cung cấp.',
  ].join('\n\n'),
};

const why = (story: AskStory, question: string) => asksWhyAtAll(question, questionKind(question, story.language), indexStory(story));

describe('why the story’s thing is done at all', () => {
  it('tells a why-question about the action itself from one about a choice or a detail', () => {
    expect(why(EN, 'why are they doing this')).toBe(true);
    expect(why(EN, 'so why is the insurer bringing it in')).toBe(true);
    expect(why(VI, 'sao họ lại mua máy này')).toBe(true);
    // "Ông ấy", "bà ấy" point at whoever the story is about, as "họ" does.
    expect(why(VI, 'sao ông ấy lại mua máy này')).toBe(true);
    expect(why(VI, 'vì sao bà ấy nghĩ ra máy này')).toBe(true);
    // A choice between things, and a detail the title and the lead do not speak of, are other questions.
    expect(why(EN, 'why did they pick Corvel Labs')).toBe(false);
    expect(why(EN, 'why are claims above three thousand pounds still checked by a person')).toBe(false);
    expect(why(VI, 'sao họ chọn công ty ở Bình Dương')).toBe(false);
    // Not a reason question at all.
    expect(why(EN, 'how much does it cost')).toBe(false);
  });

  it('finds the sentence that tells the trouble behind it, after the lead', () => {
    expect(motivationSentence(indexStory(EN))).toMatch(/^Chief executive Lachlan Ferris said customers had complained/);
    expect(motivationSentence(indexStory(VI))).toMatch(/^Trước đây, công nhân phải nhặt hạt lỗi/);
  });

  it('takes the aim said outright before any trouble, but not a target set in figures', () => {
    const en: AskStory = {
      language: 'en',
      title: 'City libraries add an AI reading row',
      text: [
        'The city libraries added an AI row of book suggestions to their catalogue on Monday.',
        'Some readers complained that the old catalogue was slow.',
        'The aim is to get more people borrowing beyond the bestsellers, the head of libraries said.',
        'The system cost £380,000.',
        'Readers can switch the row off.',
      ].join('\n\n'),
    };
    expect(motivationSentence(indexStory(en))).toMatch(/^The aim is to get more people/);
    const vi: AskStory = {
      language: 'vi',
      title: 'Công ty nước gắn thiết bị AI đọc đồng hồ',
      text: [
        'Một công ty nước sạch sẽ gắn thiết bị AI đọc chỉ số cho 25.000 đồng hồ nước.',
        'Công ty đặt mục tiêu lắp xong 10.000 thiết bị trong năm nay.',
        'Nhiều khách hàng từng phàn nàn hóa đơn tăng vọt.',
        'Tổng giám đốc cho biết mục tiêu chính là phát hiện rò rỉ sớm.',
        'Mỗi thiết bị giá khoảng 520.000 đồng.',
        'Khách hàng sẽ xem được lượng nước dùng mỗi ngày trên trang web.',
      ].join('\n\n'),
    };
    expect(motivationSentence(indexStory(vi))).toMatch(/mục tiêu chính là phát hiện rò rỉ sớm/);
    // Without the aim said, the trouble is the answer; a target set ("đặt mục tiêu") is no aim.
    const noAim = { ...vi, text: vi.text.split('\n\n').slice(0, 3).join('\n\n') };
    expect(motivationSentence(indexStory(noAim))).toMatch(/phàn nàn/);
  });

  it('takes a want told as what someone did not have ("không có tiền đi học thêm")', () => {
    const vi: AskStory = {
      language: 'vi',
      title: 'Ứng dụng AI giúp học sinh ôn thi',
      text: [
        'Một công ty ở Hà Nội vừa ra mắt ứng dụng AI giúp học sinh lớp 12 ôn thi.',
        'Ứng dụng giải thích từng bước khi học sinh làm sai.',
        'Bà Mai cho biết nhiều học sinh ở nông thôn không có tiền đi học thêm.',
        'Ứng dụng có giá 99.000 đồng mỗi tháng.',
        'Công ty có 48 nhân viên.',
      ].join('\n\n'),
    };
    expect(motivationSentence(indexStory(vi))).toMatch(/không có tiền đi học thêm/);
  });

  it('finds nothing where the story tells no trouble', () => {
    const calm: AskStory = { language: 'en', title: 'A library adds an AI book shelf', text: 'The city library added an AI shelf on Monday.\n\nIt suggests five books a week.\n\nThe shelf cost £20,000.' };
    expect(motivationSentence(indexStory(calm))).toBeNull();
  });

  it('answers "why are they doing this?" with that sentence, in either language', () => {
    expect(answerQuestion(EN, 'why are they doing this', 'en').answer).toMatch(/waiting up to three weeks/);
    expect(answerQuestion(VI, 'sao họ lại mua máy này', 'vi').answer).toMatch(/mỏi mắt/);
    // A choice the story gives no reason for is still declined.
    expect(answerQuestion(EN, 'why did they pick Corvel Labs', 'en').answer).toBeNull();
  });
});

describe('why the story’s thing is done, where the best match tells only when', () => {
  it('takes the trouble before a "khi" clause, which says when, not why', () => {
    const story: AskStory = {
      language: 'vi',
      title: 'Xe buýt Hà Nội dùng AI giúp tìm đồ bỏ quên',
      text: [
        'Công ty xe buýt Sen Hồng vừa ra mắt dịch vụ Tìm Đồ cho hành khách để quên đồ trên xe.',
        'Dịch vụ dùng trí tuệ nhân tạo trên cả 62 tuyến.',
        'Khi nhặt được đồ, tài xế chụp ảnh bằng điện thoại và ghi số xe.',
        'Trước đây, nhân viên lật sổ ghi chép nên chỉ khoảng 25% số đồ được trả lại.',
        'Hệ thống do một start-up tại Hà Nội phát triển.',
        'Đồ thất lạc được lưu giữ trong 30 ngày.',
      ].join('\n\n'),
    };
    expect(answerQuestion(story, 'sao phải làm cái dịch vụ này', 'vi').answer).toMatch(/lật sổ ghi chép/);
  });
});
