// Word tables for finding amounts, dates, names, reasons and opinions in English and Vietnamese news sentences.
// Regex sources (alternations) where the recognisers build patterns from them; sets where they look words up.

const set = (s: string) => new Set(s.split('|'));

// ---- numbers and money ----

/** Digits with thousands or decimal separators, either convention ("30,000", "1.2", "30.000", "1,2"). */
export const DIGITS = '\\d+(?:[.,]\\d+)*';
export const EN_NUMBER_WORDS =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|half|dozen|dozens|hundreds|thousands|millions|billions|tens';
export const EN_MAGNITUDE = 'trillion|billion|million|thousand|hundred|bn|tn|mn|m|b|k';
export const EN_CURRENCY_WORDS =
  'US dollars|U\\.S\\. dollars|Singapore dollars|Australian dollars|Canadian dollars|New Zealand dollars|Hong Kong dollars|dollars?|euros?|pounds?(?: sterling)?|yuan|renminbi|yen|won|rupees?|dong|đồng|francs?|ringgit|baht|pesos?|(?:(?:Danish|Norwegian|Swedish|Icelandic) )?(?:kroner|krone|kronor|krona|kr)|(?:Swiss )?francs|zloty|forint|koruna|lira|rand|shillings?|naira|dirhams?|riyals?|reais|real|USD|EUR|GBP|JPY|CNY|RMB|VND|SGD|DKK|NOK|SEK|CHF|bitcoins?|ether';
/** A currency written before the number ("$1.2bn", "US$5m", "€40", "USD 3 million"). */
export const CURRENCY_SIGNS = 'US\\$|A\\$|C\\$|HK\\$|S\\$|NT\\$|NZ\\$|R\\$|\\$|€|£|¥|₫|₩|₹|₺|₱|₦|USD ?|EUR ?|GBP ?|VND ?|CHF ?|SEK ?|NOK ?|DKK ?|JPY ?|CNY ?|INR ?|Rs\\.? ?|R(?=\\d)';
export const EN_AMOUNT_MODIFIERS =
  'about|around|roughly|nearly|almost|approximately|some|more than|over|up to|at least|less than|under|just over|just under|well over|an estimated|as much as|as little as|only|a further|another|a record|a total of|worth';
/** What a price is per ("$20 a month", "$5 per user"). */
export const EN_PER = '(?:a|an|per|each|every) (?:month|year|week|day|user|seat|person|share|head|unit|hour|kilowatt-hour|token|million tokens|license|year per user)';

export const VI_NUMBER_WORDS = 'một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười|mươi|trăm|nghìn|ngàn|triệu|tỷ|tỉ|rưỡi|lẻ|linh|mốt|lăm|nửa';
export const VI_MAGNITUDE = 'nghìn tỷ|ngàn tỷ|nghìn|ngàn|triệu|tỷ|tỉ|trăm';
export const VI_CURRENCY_WORDS = 'đồng|USD|VND|VNĐ|đô la Mỹ|đô la|đôla|đô|euro|Euro|EUR|yên|nhân dân tệ|NDT|bảng Anh|won|rupee|Bitcoin|bitcoin';
export const VI_AMOUNT_MODIFIERS = 'khoảng|gần|hơn|trên|dưới|tới|lên tới|lên đến|đến|chỉ|tối đa|ít nhất|tổng cộng|xấp xỉ|chừng';
export const VI_PER = '(?:/|mỗi |một |trên )(?:tháng|năm|tuần|ngày|người|người dùng|thuê bao|cổ phiếu|chiếc|lượt|giờ|tài khoản)';

export const EN_PERCENT = '%|percent|per cent|percentage points?|pc';
export const VI_PERCENT = '%|phần trăm|điểm phần trăm';

// ---- dates and times ----

export const EN_MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
export const EN_WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** Words before a date that belong to the answer ("by the end of", "early", "next"). */
export const EN_TIME_LEAD =
  'by the end of|by the start of|by the middle of|at the end of|at the start of|at the beginning of|in the middle of|toward the end of|towards the end of|the end of|the start of|the beginning of|the middle of|end of|start of|beginning of|middle of|as early as|as soon as|no later than|no earlier than|sometime in|some time in|early|mid|late|by|until|till|since|from|before|after|in|on|at|during|throughout|within|over|for|next|last|this|later|earlier|starting|beginning';
export const EN_ORDINAL_PERIOD = 'first|second|third|fourth|final|last|1st|2nd|3rd|4th';
export const EN_RELATIVE_UNITS = 'year|month|week|decade|quarter|weekend|spring|summer|autumn|fall|winter|season|half|fortnight';
export const EN_DURATION_UNITS = 'seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|quarters?';
export const EN_HOLIDAYS = 'Lunar New Year|Chinese New Year|New Year.s Day|New Year.s Eve|New Year|Christmas Eve|Christmas|Easter|Thanksgiving|Black Friday|Cyber Monday|Ramadan|Eid|Diwali|Tet|Tết|Independence Day|Labor Day|Labour Day|Halloween|Valentine.s Day|Memorial Day|Golden Week';
export const EN_DAY_WORDS = 'yesterday|today|tomorrow|tonight|overnight|this morning|this afternoon|this evening|last night|earlier today|later today|earlier this week|later this week';

export const VI_MONTH_NUMBERS = '\\d{1,2}|một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười một|mười hai|mười|giêng|chạp';
export const VI_RELATIVE = 'nay|này|sau|tới|trước|ngoái|qua|kế tiếp|tiếp theo|vừa qua|sau đó|đó';
export const VI_TIME_LEAD = 'vào|từ|đến|tới|trước|sau|trong|hồi|kể từ|khoảng|ngay trong|chậm nhất là|chậm nhất vào|sớm nhất là|muộn nhất là|cuối|đầu|giữa|hạn chót là|đến hết|từ đầu|trong vòng';
export const VI_WEEKDAYS = 'thứ hai|thứ ba|thứ tư|thứ năm|thứ sáu|thứ bảy|chủ nhật|Thứ Hai|Thứ Ba|Thứ Tư|Thứ Năm|Thứ Sáu|Thứ Bảy|Chủ nhật|Chủ Nhật';
export const VI_HOLIDAYS = 'Tết Nguyên đán|Tết Dương lịch|Tết|Giáng sinh|Noel|Trung thu|Quốc khánh|dịp 30/4|dịp lễ 30/4|ngày lễ|kỳ nghỉ lễ';
export const VI_DAY_WORDS = 'hôm qua|hôm nay|hôm kia|ngày mai|sáng nay|chiều nay|tối nay|tối qua|đêm qua|sáng qua|chiều qua|mới đây|gần đây|vừa qua';
export const VI_DURATION_UNITS = 'năm|tháng|tuần|ngày|giờ|quý|thập kỷ|thập niên';
export const ROMAN_QUARTERS = 'IV|III|II|I';

// ---- names ----

/** Titles and roles that come before a person's name. */
export const EN_PERSON_TITLES = set(
  'Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|President|Vice|Prime|Minister|Secretary|Senator|Sen|Rep|Representative|Governor|Gov|Mayor|Judge|Justice|Chancellor|Premier|King|Queen|Prince|Princess|Pope|CEO|Chief|Executive|Chairman|Chairwoman|Chair|Founder|Co-founder|Cofounder|Director|General|Gen|Commissioner|Ambassador|Officer|Analyst|Economist|Researcher|Scientist|Spokesperson|Spokesman|Spokeswoman|Inventor|Billionaire|Rep|Deputy|Head|Boss|Editor|Author|Investor|Entrepreneur|Engineer|Lawyer|Attorney|Superintendent|Principal|Dean|Councillor|Councilor|Alderman|Sheriff|Inspector|Coach|Captain',
);
/** Lower-case role words that, just before a capitalised name, make it a person ("chief executive Sam Altman"). */
export const EN_PERSON_ROLES = set(
  'ceo|chief|executive|founder|co-founder|cofounder|chairman|chairwoman|president|director|head|boss|analyst|economist|researcher|scientist|professor|spokesperson|spokesman|spokeswoman|minister|secretary|senator|governor|mayor|judge|billionaire|investor|entrepreneur|engineer|officer|author|editor|lawyer|attorney|commissioner|chancellor|leader|manager|developer|inventor|creator|cto|cfo|coo|vice-president|vp|partner|adviser|advisor|expert|official|candidate|lawmaker|representative|deputy|reporter|founders',
);
/** Verbs of speaking: after a name they make it a speaker; in a sentence they make it an opinion. */
export const EN_SPEECH_VERBS =
  'said|says|say|told|tells|added|adds|argued|argues|warned|warns|claimed|claims|insisted|insists|stated|states|noted|notes|explained|explains|believes|believe|believed|thinks|think|thought|criticised|criticized|criticises|criticizes|slammed|praised|welcomed|called|calls|described|describes|predicted|predicts|cautioned|cautions|complained|complains|questioned|questions|suggested|suggests|acknowledged|admitted|admits|conceded|countered|responded|responds|replied|agreed|disagreed|dismissed|rejected|denied|denies|accused|accuses|urged|urges|vowed|pledged|estimated|estimates|expects|expected|fears|feared|worried|worry|worries|doubted|doubts|announced|announces|confirmed|confirms|reported|reports|posted|tweeted|commented|comments|remarked|observed|concluded|stressed|emphasised|emphasized|hailed|blasted|decried|lamented|cheered|defended|defends|objected|objects|opposed|opposes|argue|warn|criticise|criticize|say|tell|insist|claim';
/** Suffixes and words that make a capitalised name an organisation ("Anthropic PBC", "Mistral AI", "Bank of America"). */
export const EN_ORG_WORDS = set(
  'Inc|Inc.|Corp|Corp.|Corporation|Co|Co.|Ltd|Ltd.|LLC|PLC|plc|GmbH|AG|SA|NV|PBC|Labs|Lab|AI|Group|Holdings|Holding|Technologies|Technology|Tech|Systems|Bank|Capital|Ventures|Partners|Foundation|Institute|University|College|School|Ministry|Department|Agency|Commission|Council|Association|Motors|Electronics|Semiconductor|Semiconductors|Networks|Robotics|Microsystems|Media|Studios|Airlines|Airways|Pharmaceuticals|Pharma|Research|Company|Authority|Court|Parliament|Congress|Senate|Assembly|Government|Union|Times|Post|Journal|Reuters|Bloomberg|Fund|Trust|Exchange|Bureau|Office|Organisation|Organization|Federation|Party|Industries|Industry|Software|Computing|Cloud|Energy|Power|Telecom|Communications|Mobile|Games|Entertainment|Dynamics|Intelligence|Alliance|Consortium|Board|Reserve|Administration|Service|Services|Club|Centre|Center|Laboratory|Laboratories|Solutions|Platforms|Brands|Automotive|Press|News|Network|Mobility|Cloud|Compute|Health|Bio|Biotech|Energia|Energie|League|Society|Coalition|Movement|Forum|Initiative|Federation|Cooperative|Co-op|Co-operative|Utility|Utilities|Robotics|Insurance|Insurers|Assurance|Analytics|Securities|Logistics|Guild|Airport|Railway|Railways|Rail|Hospital|Clinic|Police|Publishing|Foods|Fresh|Retail|Markets|Aerospace|Space|Satellites|Drones|Devices|Instruments|Pictures|Records|Music|Sound|Vision|Imaging|Optics|Medical',
);
/** Well-known organisations named by a single word, which a capital letter alone does not tell from a person. */
export const KNOWN_ORGS = set(
  'Google|Alphabet|Apple|Microsoft|Amazon|Meta|Facebook|Instagram|WhatsApp|Nvidia|NVIDIA|Intel|AMD|Samsung|Oracle|Tesla|SpaceX|xAI|Anthropic|OpenAI|DeepMind|DeepSeek|Mistral|Cohere|Perplexity|Alibaba|Baidu|Tencent|Huawei|Xiaomi|ByteDance|TikTok|Netflix|IBM|Qualcomm|Arm|TSMC|ASML|SoftBank|Sony|Panasonic|Toyota|Honda|Hyundai|Kia|LG|SK|Foxconn|Dell|HP|Lenovo|Cisco|Salesforce|Adobe|Uber|Lyft|Airbnb|Spotify|Snap|Pinterest|Reddit|Twitter|X|LinkedIn|GitHub|Hugging|Stability|Midjourney|Inflection|Scale|Databricks|Snowflake|Palantir|Broadcom|Micron|Cerebras|Groq|Figure|Boston|Waymo|Cruise|Zoox|Rivian|BYD|Nio|Xpeng|Viettel|FPT|VNPT|Vingroup|VinFast|VinAI|Vinmec|Bkav|MoMo|VNG|Zalo|Tiki|Shopee|Lazada|Grab|Gojek|Sea|Masan|Techcombank|Vietcombank|BIDV|VPBank|MB|Bosch|Siemens|Philips|Nokia|Ericsson|Vodafone|Reuters|Bloomberg|CNN|BBC|OECD|UNESCO|UNICEF|WHO|NATO|IMF|WTO|FTC|FCC|SEC|FDA|NASA|DARPA|CERN|MIT|Stanford|Harvard|Oxford|Cambridge|Berkeley|Yale|Princeton|Caltech|Nasdaq|MGX|Stargate|Mozilla|Wikipedia|Canva|Atlassian|Shopify|Stripe|Klarna|Revolut|Binance|Coinbase|Walmart|Disney|Warner|Paramount|Universal|Pfizer|Moderna|White House|Pentagon|Kremlin|Downing Street|Nhà Trắng|Chính phủ|Quốc hội',
);
/** Vietnamese words before a person's name: titles, roles, "ông", "bà". */
export const VI_PERSON_TITLES =
  'ông|bà|anh|chị|cô|Ông|Bà|Anh|Chị|Tổng thống|tổng thống|Thủ tướng|thủ tướng|Chủ tịch|chủ tịch|Bộ trưởng|bộ trưởng|Thứ trưởng|thứ trưởng|Tổng Bí thư|giám đốc điều hành|Giám đốc điều hành|Tổng giám đốc|tổng giám đốc|giám đốc|Giám đốc|CEO|tỷ phú|Tỷ phú|nhà sáng lập|Nhà sáng lập|người sáng lập|đồng sáng lập|Phó Thủ tướng|Phó chủ tịch|phó chủ tịch|chuyên gia|Chuyên gia|TS\\.?|PGS\\.?|GS\\.?|ThS\\.?|Tiến sĩ|tiến sĩ|Giáo sư|giáo sư|nhà nghiên cứu|nhà phân tích|lãnh đạo|phát ngôn viên|người phát ngôn|Đại sứ|đại sứ|Thống đốc|thống đốc|Thị trưởng|thị trưởng|luật sư|kỹ sư|nhà báo|nhà khoa học|trưởng nhóm|trưởng phòng|Phó giáo sư|phó giáo sư|Thượng nghị sĩ|thượng nghị sĩ|Nghị sĩ|nghị sĩ|Giám đốc công nghệ|giám đốc công nghệ|nhà đầu tư|Nhà đầu tư|tác giả';
/** Common Vietnamese family names: a capitalised run starting with one is a person's name ("Nguyễn Văn An"). */
export const VI_FAMILY_NAMES = set(
  'Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đào|Đoàn|Vương|Trịnh|Trương|Lâm|Mai|Tô|Hà|Tạ|Chu|Lương|Cao|Đinh|Quách|Thái|Lưu|Kiều|Tăng|Triệu|Đàm|Phùng|Khương|La|Nông|Lại|Văn|Thân|Châu|Từ|Diệp|Mạc|Tôn|Giang|Bạch|Hứa|Đồng',
);
/** Vietnamese words before an organisation's name ("công ty FPT", "tập đoàn Vingroup", "Bộ Khoa học và Công nghệ"). */
export const VI_ORG_HEADS =
  'dịch vụ|ứng dụng|phần mềm|chatbot|công ty cổ phần|công ty|Công ty|tập đoàn|Tập đoàn|hãng|Hãng|ngân hàng|Ngân hàng|tổ chức|Tổ chức|doanh nghiệp|startup|Startup|nhà mạng|quỹ đầu tư|quỹ|Quỹ|Bộ|Viện|viện|Trường|trường|Đại học|đại học|Học viện|Ủy ban|ủy ban|Cục|cục|Sở|Tổng cục|Liên minh|liên minh|liên doanh|Liên doanh|Hiệp hội|hiệp hội|Trung tâm|trung tâm|Văn phòng|Quốc hội|Chính phủ|Nhà Trắng|Nhà nước|Tòa án|tòa án|Viện Hàn lâm|phòng thí nghiệm|nhà sản xuất|sàn|nền tảng|mạng xã hội|đài|báo|Báo|hãng tin|Hãng tin|hãng xe|nhà phát triển';
/** Words Vietnamese writes capitalised that are not names by themselves (titles, heads, sentence starts). */
export const VI_NOT_NAMES = set(
  'Theo|Trong|Tại|Ở|Khi|Sau|Trước|Với|Các|Những|Một|Nhiều|Đây|Điều|Việc|Nếu|Dù|Tuy|Nhưng|Còn|Và|Cũng|Vì|Do|Để|Đến|Từ|Ngoài|Bên|Hiện|Hiện nay|Năm|Tháng|Ngày|Hôm|Tuần|Quý|Đầu|Cuối|Giữa|Thứ|Chủ|Ông|Bà|Anh|Chị|Công|Tập|Hãng|Ngân|Dự|Mô|Hệ|Ứng|Chính|Nhà|Người|Giới|Thị|Giá|Cổ|Số|Mức|Tổng|Phó|Giám|Tỷ|Chuyên|Ảnh|Video|Đó|Này|Thế|Vậy|Bởi|Nhờ|Nhằm|Trên|Dưới|Qua|Ngay|Riêng|Đồng|Cùng|Lần|Hơn|Gần|Khoảng|Tới|Không|Chưa|Đã|Sẽ|Đang|Vừa|Mới|Có|Là|Được|Bị|Cho|Làm|Kết|Thông|Báo|Đài|Trang|Dữ|Sản|Doanh|Thương|Trung|Vụ|Đợt|Lãnh|Đại|Ủy|Bộ|Viện|Cục|Sở|Trường|Hội|Quỹ|Học',
);

// ---- places ----

/** Countries in English, told apart from regions and cities for "which country" questions. */
export const EN_COUNTRIES = set(
  'United States|US|U.S.|USA|America|United Kingdom|UK|U.K.|Britain|England|Scotland|Wales|Ireland|Northern Ireland|Canada|Mexico|Brazil|Argentina|Chile|Colombia|Peru|France|Germany|Italy|Spain|Portugal|Netherlands|Belgium|Switzerland|Austria|Sweden|Norway|Denmark|Finland|Iceland|Estonia|Latvia|Lithuania|Poland|Czech Republic|Czechia|Hungary|Romania|Bulgaria|Greece|Turkey|Ukraine|Russia|Israel|Iran|Iraq|Saudi Arabia|United Arab Emirates|UAE|Qatar|Kuwait|Bahrain|Oman|Jordan|Egypt|Nigeria|Kenya|South Africa|Ethiopia|Morocco|Ghana|Rwanda|India|Pakistan|Bangladesh|Sri Lanka|Nepal|China|Taiwan|Japan|South Korea|North Korea|Korea|Vietnam|Viet Nam|Thailand|Malaysia|Singapore|Indonesia|Philippines|Cambodia|Laos|Myanmar|Mongolia|Kazakhstan|Australia|New Zealand',
);
/** Regions and major cities in English (countries above are places too). Multi-word names are matched as written. */
export const EN_PLACES = new Set([
  ...EN_COUNTRIES,
  ...'Hong Kong|Europe|Asia|Africa|Latin America|Middle East|Southeast Asia|North America|South America|European Union|EU|Gulf|Silicon Valley|Wall Street|New York|Washington|San Francisco|Los Angeles|Seattle|Boston|Chicago|Austin|Texas|California|Arizona|Ohio|Nevada|Florida|Georgia|Virginia|Oregon|Utah|Michigan|Illinois|Massachusetts|New Jersey|Pennsylvania|North Carolina|Tennessee|Louisiana|Wisconsin|Indiana|Iowa|Kansas|Abilene|London|Paris|Berlin|Munich|Madrid|Barcelona|Rome|Milan|Amsterdam|Brussels|Zurich|Geneva|Stockholm|Oslo|Copenhagen|Helsinki|Warsaw|Prague|Vienna|Dublin|Lisbon|Porto|Athens|Istanbul|Moscow|Kyiv|Tel Aviv|Dubai|Abu Dhabi|Riyadh|Doha|Cairo|Lagos|Nairobi|Johannesburg|Cape Town|Mumbai|Delhi|New Delhi|Bangalore|Bengaluru|Hyderabad|Chennai|Beijing|Shanghai|Shenzhen|Hangzhou|Guangzhou|Tokyo|Osaka|Seoul|Taipei|Hsinchu|Hanoi|Ha Noi|Ho Chi Minh City|Saigon|Da Nang|Haiphong|Bangkok|Kuala Lumpur|Jakarta|Manila|Phnom Penh|Sydney|Melbourne|Toronto|Montreal|Vancouver|Mexico City|Sao Paulo|São Paulo|Rio de Janeiro|Buenos Aires|Davos|Dallas|Houston|Phoenix|Atlanta|Denver|Miami|Pittsburgh|Detroit|Cupertino|Redmond|Mountain View|Menlo Park|Palo Alto|Santa Clara|Sunnyvale|Cambridge|Oxford|Bletchley Park|Brooklyn|Manhattan|Bavaria|Scandinavia|Arctic|Antarctica|Pacific|Atlantic|Mars|Moon'.split('|'),
]);
export const VI_COUNTRIES = set(
  'Việt Nam|Mỹ|Hoa Kỳ|Trung Quốc|Nhật Bản|Nhật|Hàn Quốc|Triều Tiên|Đài Loan|Ấn Độ|Anh|Pháp|Đức|Ý|Italy|Tây Ban Nha|Bồ Đào Nha|Hà Lan|Bỉ|Thụy Sĩ|Thụy Điển|Na Uy|Đan Mạch|Phần Lan|Ba Lan|Nga|Ukraine|Israel|Iran|Ả Rập Xê Út|Ả Rập Saudi|UAE|Các Tiểu vương quốc Ả Rập Thống nhất|Qatar|Ai Cập|Nam Phi|Canada|Mexico|Brazil|Argentina|Úc|Australia|New Zealand|Singapore|Thái Lan|Malaysia|Indonesia|Philippines|Campuchia|Lào|Myanmar',
);
export const VI_PLACES = new Set([
  ...VI_COUNTRIES,
  ...'Hồng Kông|châu Âu|Châu Âu|châu Á|Châu Á|châu Phi|Đông Nam Á|Trung Đông|Bắc Mỹ|Mỹ Latinh|Liên minh châu Âu|EU|Thung lũng Silicon|Phố Wall|Hà Nội|TP.HCM|TP HCM|TPHCM|TP. Hồ Chí Minh|TP Hồ Chí Minh|Thành phố Hồ Chí Minh|thành phố Hồ Chí Minh|Sài Gòn|Đà Nẵng|Hải Phòng|Cần Thơ|Huế|Nha Trang|Bắc Ninh|Bắc Giang|Quảng Ninh|Bình Dương|Đồng Nai|Hưng Yên|Thái Nguyên|Vĩnh Phúc|Hòa Lạc|Thủ Đức|Đồng bằng sông Cửu Long|Texas|California|Washington|New York|San Francisco|Bắc Kinh|Thượng Hải|Thâm Quyến|Hàng Châu|Quảng Châu|Tokyo|Osaka|Seoul|Đài Bắc|London|Paris|Berlin|Moskva|Dubai|Abu Dhabi|Riyadh|Davos|Bangkok|Kuala Lumpur|Jakarta|Manila|Phnom Penh|Sydney|Toronto|Arizona|Ohio|Abilene|Nhà Trắng'.split('|'),
]);
/** Words before a place name ("in Texas", "tại Hà Nội", "bang Texas"). */
export const EN_PLACE_PREPOSITIONS = set('in|at|near|from|across|outside|inside|throughout|to|into|around|within|based in|headquartered in|across');
export const VI_PLACE_HEADS = 'tại|ở|từ|đến|tới|sang|đường|phố|tuyến|cầu|sông|sân bay|cảng|bang|tỉnh|thành phố|TP\\.?|thủ đô|quận|huyện|thị xã|xã|phường|khu công nghệ cao|khu công nghiệp|nước|quốc gia|vùng|khu vực';

// ---- reasons and opinions ----

export const EN_REASON_CUES =
  'the idea came from|the idea for|came up with the idea|because of|because|due to(?! (?:open|start|launch|be|begin|arrive|finish|close|take|come|end|go|enter|complete|deliver|ship|expire|report|meet|vote|return|make|hold|resume|debut|appear|release|reach)\\b)|owing to|as a result of|thanks to|on fears that|on fears of|fears that|feared that|fearing that|worries that|worried that|concerns that|concerned that|on concerns that|on concerns about|on worries that|amid fears that|amid concerns that|amid concerns about|amid|over concerns that|over concerns about|over fears that|in order to|so that|so as to|in a bid to|in an effort to|with the aim of|aimed at|aims to|designed to|intended to|meant to|in response to|driven by|fuelled by|fueled by|caused by|prompted by|triggered by|the reason|the reasons|reason is|reason was|the goal|the aim|the purpose|the idea|the objective|the intention|citing|which means|since|as|after|to help|to make|to reduce|to cut|to boost|to improve|to protect|to compete|to expand|to avoid|to meet|to keep|to ensure|to speed up|to build|to train|to lower|to counter|to tackle|to address|to support|to strengthen|to secure';
export const VI_REASON_CUES =
  'bởi vì|vì|bởi|do lo ngại|do|là do|một phần do|chủ yếu do|nguyên nhân là|nguyên nhân|lý do là|lý do|nhằm|nhằm mục đích|để|nhờ|nhờ vào|trước lo ngại|giữa lo ngại|sau khi|vì lo ngại|lo ngại|lo sợ|e ngại|với mục tiêu|mục tiêu là|mục đích là|mục tiêu|mục đích|với mong muốn|xuất phát từ|bắt nguồn từ|ý tưởng đến từ|ý tưởng xuất phát từ|ý tưởng ra đời từ';
/** Cues that make a sentence someone's view: speech verbs, attributions, words of judgement. */
export const VI_OPINION_CUES =
  'mong muốn|mong|đề nghị|kiến nghị|cho rằng|nhận định|nhận xét|đánh giá|chỉ trích|phê phán|lo ngại|lo lắng|cảnh báo|cho biết|nói rằng|nói với|nói thêm|phát biểu|tuyên bố|khẳng định|nhấn mạnh|bình luận|phản đối|ủng hộ|hoan nghênh|khen ngợi|mô tả|tin rằng|thừa nhận|bác bỏ|dự báo|dự đoán|kêu gọi|bày tỏ|quan ngại|e ngại|e dè|hoài nghi|nghi ngờ|phàn nàn|lập luận|tiết lộ|chia sẻ|thận trọng|khuyên|khuyến cáo|lưu ý|băn khoăn|phấn khởi|hài lòng|không hài lòng|đồng tình|phản ứng';
/** Attributions that open a sentence, the speaker after them: "According to analysts, …", "Theo ông Lộc, …". */
export const EN_ATTRIBUTIONS = 'according to|in the view of|in the opinion of';
export const VI_ATTRIBUTIONS = 'theo';
export const EN_OPINION_CUES = `${EN_SPEECH_VERBS}|in a statement|in an interview|in a blog post|wary|sceptical|skeptical|concerned|worried|cautious|critical|mixed response|mixed reaction|welcomed|backlash|criticism|doubts|unconvinced|enthusiastic|optimistic|pessimistic|alarmed|furious|angry|pleased|disappointed|divided|response|reaction|convinced|unconvinced|not everyone|reassured|unimpressed|not impressed`;
/** Words that make a view critical: what "what did critics say?" asks for. */
export const EN_CRITICAL_CUES =
  'warn|warned|warns|warning|criticis\\w*|criticiz\\w*|critic|critics|hard to|difficult to|concern|concerns|concerned|worry|worries|worried|risk|risks|risky|wary|sceptic\\w*|skeptic\\w*|doubt|doubts|doubted|not everyone|oppos\\w*|questioned|objected|complain\\w*|fear|fears|feared|danger\\w*|threat\\w*|flaw\\w*|errors?|mistakes?|problems?|unsafe|should not|shouldn\'t|cannot|can\'t|slammed|blasted|decried|lamented|backlash|too expensive|too slow|unfair|harm\\w*|dangerous|misleading|inaccurate|loophole|mixed response|not enough|insufficient|delay';
export const VI_CRITICAL_CUES =
  'lo ngại|cảnh báo|chỉ trích|phê phán|phản đối|thận trọng|hoài nghi|nghi ngờ|e ngại|e dè|quan ngại|rủi ro|nguy cơ|không nên|sai|khó|giả mạo|phàn nàn|bất cập|hạn chế|chỉ giải quyết được một phần|chưa|thiếu|băn khoăn|không hài lòng|lo lắng|nguy hiểm|kiểm chứng';

/** Nouns that count anyone (folded): a count of them answers a count of staff, users or residents the sentence names. */
export const GENERIC_COUNTED: ReadonlySet<string> = new Set(['people', 'persons', 'individuals', 'nguoi']);
