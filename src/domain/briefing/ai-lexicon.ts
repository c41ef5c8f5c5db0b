// What makes a story AI news, in English and Vietnamese: terms with weights. Data: extend it here, not in code.
// Matching ignores case and diacritics; multi-word terms match as phrases.

export const AI_TERMS: Readonly<Record<string, number>> = {
  // The field itself.
  ai: 3, 'a i': 3, 'artificial intelligence': 3, 'trí tuệ nhân tạo': 3, 'machine learning': 3, 'học máy': 3, 'deep learning': 3, 'học sâu': 3,
  'neural network': 3, 'mạng nơ ron': 3, 'generative ai': 3, 'ai tạo sinh': 3, 'large language model': 3, 'mô hình ngôn ngữ lớn': 3, 'language model': 3, 'language models': 3, llm: 3, llms: 3,
  chatbot: 3, chatbots: 3, 'computer vision': 3, 'thị giác máy tính': 3, agi: 3, 'reasoning model': 3, 'mô hình suy luận': 3,
  // Labs, products and people.
  openai: 3, chatgpt: 3, gpt: 3, deepseek: 3, anthropic: 3, claude: 3, gemini: 3, deepmind: 3, 'mistral ai': 3, llama: 3, copilot: 3, 'hugging face': 3,
  qwen: 3, 'sam altman': 3, 'demis hassabis': 3, 'jensen huang': 2, stargate: 3, 'xai': 3, grok: 3, midjourney: 3, 'stable diffusion': 3, sora: 3,
  // Chips and compute.
  nvidia: 2, gpu: 2, gpus: 2, tsmc: 2, chip: 2, chips: 2, semiconductor: 2, semiconductors: 2, 'bán dẫn': 2, 'data center': 2, 'data centre': 2,
  'data centers': 2, 'data centres': 2, 'trung tâm dữ liệu': 2, accelerator: 2, 'siêu máy tính': 2, supercomputer: 2, compute: 1, inference: 2, 'training run': 2, 'context window': 2, 'open weight': 2,
  // Applications and the work around them.
  robot: 2, robots: 2, robotics: 2, 'người máy': 2, 'self driving': 2, 'xe tự lái': 2, autonomous: 2, 'tự động hóa': 1, automation: 1, algorithm: 1,
  'thuật toán': 1, model: 1, models: 1, 'mô hình': 1, agent: 1, agents: 1, 'tác tử': 2, reasoning: 1, 'suy luận': 1, 'ai act': 3, 'đạo luật ai': 3,
  deepfake: 3, deepfakes: 3, 'nhận diện khuôn mặt': 2, 'facial recognition': 2,
  // Companies often in AI news (weaker: they make other news too).
  microsoft: 1, google: 1, meta: 1, alibaba: 1, baidu: 1, tencent: 1, huawei: 1, samsung: 1, amd: 1, intel: 1, arm: 1, softbank: 1, oracle: 1, apple: 1,
  amazon: 1, tesla: 1, 'vinai': 2, fpt: 1, viettel: 1,
};

/** Relevance above this counts as AI news (one clear AI term in the title or lead is enough). */
export const AI_RELEVANCE_THRESHOLD = 0.5;
