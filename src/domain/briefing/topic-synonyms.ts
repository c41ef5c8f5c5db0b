// Words that name the same topic, across English and Vietnamese. Data: extend a group, or add one.

export const TOPIC_SYNONYMS: readonly (readonly string[])[] = [
  ['chip', 'semiconductor', 'bán dẫn', 'vi mạch', 'processor', 'accelerator', 'gpu', 'con chip'],
  ['data center', 'data centre', 'datacenter', 'trung tâm dữ liệu'],
  ['regulation', 'regulator', 'law', 'rules', 'luật', 'quy định', 'đạo luật', 'ai act'],
  ['robot', 'robotics', 'humanoid', 'người máy', 'rô bốt'],
  ['self driving', 'autonomous vehicle', 'robotaxi', 'xe tự lái', 'xe tự hành'],
  ['funding', 'investment', 'investor', 'raise', 'đầu tư', 'rót vốn', 'gọi vốn', 'huy động vốn'],
  ['model', 'language model', 'llm', 'mô hình'],
  ['privacy', 'personal data', 'quyền riêng tư', 'dữ liệu cá nhân'],
  ['copyright', 'bản quyền'],
  ['security', 'cybersecurity', 'an ninh mạng', 'bảo mật'],
  ['deepfake', 'giả mạo sâu'],
  ['export control', 'export', 'xuất khẩu'],
  ['vietnam', 'việt nam'],
  ['japan', 'nhật bản'],
  ['china', 'trung quốc'],
  ['europe', 'european union', 'eu', 'châu âu', 'liên minh châu âu'],
  ['united states', 'america', 'mỹ', 'hoa kỳ'],
];
