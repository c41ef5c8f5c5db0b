// Word tables for reading a spoken question about a story, English and Vietnamese. Patterns are regular-expression
// sources matched on the question's lower-case words joined by single spaces; Vietnamese is written with diacritics
// and, for a question typed or recognised without them, matched with its diacritics removed (question.ts).
import type { AskKind } from './types';

/**
 * A doubt asked after without naming whose: "is anyone worried about it", "what's the catch", "what are the risks",
 * "any downsides". An opinion question, whose words ask for a critical view, not for those words in the story.
 */
export const EN_DOUBT_PATTERN =
  '(?:is|are|was|were) (?:anyone|anybody|someone|somebody|people|everyone|everybody) (?:worried|concerned|unhappy|opposed|against|sceptical|skeptical|critical|nervous|uneasy|convinced|happy)|what (?:is|are) (?:the )?(?:catch|catches|downside|downsides|drawback|drawbacks|risk|risks|problem|problems)|(?:any|are there any) (?:concerns|downsides|drawbacks|risks|objections|worries|doubts)';

export interface KindRule {
  kind: AskKind;
  /** Regex source over the spaced words; whole words only (question.ts adds the boundaries). */
  pattern: string;
}

export interface QuestionWords {
  /** Wake words and fillers dropped from the start of an utterance. */
  openers: readonly string[];
  /** Rules tried in order; the first that matches names the question's kind. */
  kinds: readonly KindRule[];
  /** Words that make an utterance a question (anywhere in it), besides the kind rules. */
  questionMarks: readonly string[];
  /** Other domains an assistant is asked about: an utterance naming one is not about the story. */
  otherDomains: readonly string[];
  /** Words that carry no content of their own in a question (function words, pronouns, question words, fillers). */
  stopwords: ReadonlySet<string>;
  /** Question words of more than one word ("bao nhiêu", "khi nào"), dropped whole: "bao" alone is a word ("thuê bao"). */
  questionPhrases: ReadonlySet<string>;
  /** Pronouns that, before "ấy" (she, he), stand for a person the story names as they do ("Chị bắt đầu…"): kept. */
  personPronouns: ReadonlySet<string>;
  // The sets below hold phrases of one to three words ("thời điểm", "bắt đầu").
  /** Words naming the kind asked for ("which country", "năm nào"): the kind of entity answers them, not the word. */
  kindNouns: Partial<Record<AskKind, ReadonlySet<string>>>;
  /** Words that mostly restate the kind ("when does it start", "how much does it cost"): they weigh less. */
  kindCues: Partial<Record<AskKind, ReadonlySet<string>>>;
  /** Light verbs said about anything ("làm", "use"): matched if present, weighing as little as a kind's cue. */
  light: ReadonlySet<string>;
  /** Verbs of saying and thinking: in an opinion question, the words before one name whose view is asked. */
  speech: string;
  /** Holders that ask for criticism without naming anyone ("critics", "giới chỉ trích"). */
  critics: ReadonlySet<string>;
  /** Words asking for a total ("in total", "tổng cộng"), which a figure for each one ("mỗi", "each") does not give. */
  totals: ReadonlySet<string>;
  /**
   * Nouns that, said with a demonstrative ("the company", "this app", "công ty này", "app đó"), point back at what the
   * story is about: they weigh less than words the story would use.
   */
  references: ReadonlySet<string>;
  /** The demonstratives: before the noun in English, after it in Vietnamese. */
  demonstratives: ReadonlySet<string>;
}

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
/** Phrases of one or more words, separated by "|" ("thời điểm|công ty"). */
const phrases = (s: string) => new Set(s.split('|').map((p) => p.trim()).filter(Boolean));

const EN_SPEECH = 'say|said|says|saying|think|thinks|thought|reckon|reckons|reckoned|argue|argued|argues|claim|claimed|claims|warn|warned|warns|believe|believes|believed|feel|feels|felt|react|reacted|respond|responded|comment|commented|criticise|criticised|criticize|criticized|make of|complain|complained|predict|predicted|tell|told|describe|described|call|called|praise|praised|welcome|welcomed';
const EN_ORG_NOUNS = 'company|companies|firm|firms|union|unions|guild|guilds|association|associations|federation|council|councils|commission|ministry|department|charity|charities|organisation|organisations|organization|organizations|startup|startups|start up|lab|labs|bank|banks|agency|agencies|group|groups|business|businesses|brand|brands|maker|makers|manufacturer|manufacturers|partner|partners|investor|investors|chipmaker|chipmakers|carmaker|carmakers|carrier|carriers|operator|operators|provider|providers|vendor|vendors|developer|developers|publisher|outlet|regulator|regulators|government|governments|university|universities|institution|institutions|fund|funds|supplier|suppliers|customer|customers|rival|rivals|competitor|competitors|buyer|buyers|team|teams|corporation|corporations|giant|giants|automaker|automakers';
const EN_PLACE_NOUNS = 'country|countries|city|cities|state|states|region|regions|place|places|market|markets|continent|province|provinces|town|towns|site|sites|location|locations|nation|nations|area|areas|county|island|capital';
const EN_PERSON_NOUNS = 'person|people|executive|executives|official|officials|researcher|researchers|scientist|scientists|ceo|founder|founders|leader|leaders|analyst|analysts|minister|president|politician|politicians|lawmaker|lawmakers|boss|chief|man|woman|engineer|engineers|expert|experts|judge|senator|director|spokesperson|spokesman|spokeswoman|billionaire|entrepreneur|author|reporter';
const EN_MONEY = 'cost|costs|costing|price|prices|priced|pricing|pay|paid|pays|paying|spend|spent|spends|spending|worth|value|valued|valuation|fund|funding|funded|raise|raised|raising|invest|invested|investing|investment|charge|charged|charges|fee|fees|budget|revenue|revenues|sales|profit|profits|loss|losses|earn|earned|earnings|money|cash|salary|fine|fined|deal|sell|sold|sells|buy|bought|expensive|cheap|dollars|bill|subsidy|subsidies|grant|loan|debt|capital|income|bid|offer|offered|compensation|penalty|tax|subscription';
const EN_CHANGE = 'faster|slower|bigger|smaller|cheaper|higher|lower|larger|better|worse|longer|shorter|more|less|fall|fell|fallen|drop|dropped|rise|rose|risen|grow|grew|grown|increase|increased|decrease|decreased|decline|declined|gain|gained|jump|jumped|climb|climbed|slide|slid|plunge|plunged|tumble|tumbled|surge|surged|shrink|shrank|cut|soar|soared|sink|sank|slump|slumped|improve|improved|lose|lost';

export const EN_WORDS: QuestionWords = {
  openers: [
    'hey earshot', 'ok earshot', 'okay earshot', 'hi earshot', 'earshot', 'hey', 'ok', 'okay', 'so', 'um', 'uh', 'er', 'erm', 'well', 'and', 'but',
    'oh', 'right', 'alright', 'all right', 'wait', 'hmm', 'please', 'quick question', 'question', 'excuse me', 'sorry',
    'can you tell me', 'could you tell me', 'would you tell me', 'tell me', 'do you know', 'i wonder', 'i want to know', "i'd like to know",
    'i would like to know', 'any idea', 'remind me', 'say',
  ],
  kinds: [
    // "What did critics say?", "how did Nvidia react?": an opinion, before "what" or "how" read as anything else.
    { kind: 'opinion', pattern: `(what|how) (do|does|did|has|have|had|was|were|is|are|will|would|can|could|might|should) (\\S+ ){0,6}(${EN_SPEECH})` },
    { kind: 'opinion', pattern: `what (is|was|are|were) (the |their |his |her |its )?(\\S+ )?(reaction|reactions|response|responses|criticism|criticisms|view|views|opinion|opinions|verdict|concern|concerns|worry|worries|warning|warnings|take|position|stance|argument|arguments|complaint|complaints|objection|objections)` },
    { kind: 'opinion', pattern: `(critics|analysts|experts|opponents|sceptics|skeptics|observers|investors|users|regulators) (say|said|think|thought|argue|argued|warn|warned|claim|claimed|worry|worried)` },
    { kind: 'opinion', pattern: EN_DOUBT_PATTERN },
    { kind: 'opinion', pattern: 'what criticism|how (was|were) (it|they|\\S+) received|according to whom' },
    // "What are interpreters afraid of?", "what's bothering the beekeepers?": a worry, whose it is named.
    { kind: 'opinion', pattern: 'what (is|are|was|were) (\\S+ ){1,5}(afraid|worried|concerned|unhappy|upset|angry|nervous|scared|fearful|anxious|annoyed) (of|about|by)|what (is |are )?(bothering|bothers|worrying|worries|troubling|troubles|upsetting|upsets|annoying|annoys|scares|scaring|frightens)|how (is|are|was|were) (\\S+ ){1,3}taking (it|this|that|the news)' },
    { kind: 'reason', pattern: 'why|how come|what for|what gave (\\S+ )?the idea|where did (\\S+ )?(get )?the idea|for what (reason|purpose)|(the|what) (reason|reasons|cause|causes|purpose|motive|explanation|aim|goal|rationale)|what (caused|causes|led to|leads to|prompted|drove|drives|triggered|is behind|was behind|explains|made)|reason (for|behind)' },
    { kind: 'time', pattern: 'how long|how much time|how much longer|what time|how soon|by when|until when|till when|since when|(what|which) (date|day|days|year|years|month|months|week|weeks|quarter|quarters|time of year|season|hour)' },
    { kind: 'organisation', pattern: `(which|what|whose) (\\S+ )?(${EN_ORG_NOUNS})|who (owns|owned|bought|buys|acquired|acquires|funded|funds|invested|invests|backs|backed|makes|manufactures|supplies|supplied|partnered|sponsors|sponsored|is partnering|are the partners|are the investors|are the customers|are the rivals|are the competitors)` },
    { kind: 'place', pattern: `where|whereabouts|(which|what) (\\S+ )?(${EN_PLACE_NOUNS})|in what (\\S+ )?(${EN_PLACE_NOUNS})` },
    { kind: 'person', pattern: `(which|what) (\\S+ )?(${EN_PERSON_NOUNS})( |$)|(what|what's) (is |was )?(the |his |her |their )?(full )?name|whose name` },
    { kind: 'number', pattern: `how many|how often|how frequently|what (percentage|percent|proportion|share|fraction|number|portion|rate)|by how much|how (big|large|fast|far|old|tall|heavy|high|low|small|wide|deep|powerful|strong|accurate)|how much (\\S+ ){0,6}(${EN_CHANGE})|what (size|speed|capacity|score)` },
    { kind: 'amount', pattern: `how much|how expensive|how cheap|what (\\S+ ){0,7}(${EN_MONEY})|(${EN_MONEY}) (\\S+ ){0,3}(how much|what)` },
    { kind: 'time', pattern: 'when|how early|how late|what year' },
    { kind: 'person', pattern: 'who|whom|whose' },
  ],
  questionMarks: [
    'what', 'who', 'whom', 'whose', 'which', 'when', 'where', 'why', 'how', 'whats', 'whos', 'hows', 'wheres', 'whens',
  ],
  otherDomains: [
    'weather', 'forecast', 'temperature', 'degrees outside', 'rain', 'raining', 'snow', 'snowing', 'sunny', 'umbrella', 'humidity', 'windy',
    'alarm', 'alarms', 'timer', 'timers', 'remind me to', 'reminder', 'reminders', 'wake me',
    'song', 'songs', 'music', 'playlist', 'album', 'spotify', 'radio', 'podcast', 'play some', 'sing', 'lyrics',
    'recipe', 'recipes', 'cook', 'cooking', 'bake', 'baking', 'ingredients',
    'traffic', 'commute', 'directions to', 'navigate', 'route to',
    'joke', 'jokes', 'riddle', 'what time is it', 'what is the time', "what's the time", 'the time now', 'what day is it', 'what is the date',
    "what's the date", "today's date", 'calendar', 'appointment', 'my meeting', 'my schedule', 'my email', 'my emails', 'call mom',
    'phone call', 'the lights', 'thermostat', 'shopping list', 'to do list', 'todo list', 'capital of', 'population of', 'how do you spell',
    'spell', 'define', 'definition of', 'meaning of', 'translate', 'calculate', 'square root', 'convert', 'your name', 'who are you',
    'how are you', 'what can you do', 'are you', 'sports score', 'football score', 'the score of', 'score in', 'world cup',
    // Trivia a story does not hold, told cheaply: sums, conversions, definitions, live prices, how-tos.
    '\\d+ (?:times|plus|minus|divided by|multiplied by|x) \\d+', 'in dollars', 'in euros', 'in pounds', 'to dollars', 'exchange rate',
    'what does \\S+ mean', 'how do i', 'how do you make', 'how to', 'right now', 'drive to', 'stock price of', 'price of bitcoin',
    'price of gold', 'price of oil', 'gas prices', 'petrol prices',
  ],
  stopwords: words(`
    a an the of to in on at for and or but is are was were be been being am it its it's this that these those they them their there here
    he him his she her we us our you your i me my mine with as by from has have had having do does did doing done will would shall should
    can could may might must not no nor so if then than too very just also only about into over after before again more most other some
    such any all each both own same up down out off what who whom whose which when where why how whats whos wheres whens hows
    please know mean really actually exactly like um uh er erm hmm hey ok okay earshot well oh story article report piece news
    thing things stuff something anything kind sort get got gets getting go goes going went happen happened happens
    one ones way lot lots much many time thanks thank right yeah yes wait quick question wonder want wanted like would'd ll re ve d s t
    again anyway exactly behind responsible
  `),
  questionPhrases: phrases('how long|how soon|how big|how large|how fast|how old|how tall|how high|how often|how come|what time|do you know|you know'),
  personPronouns: new Set(),
  kindNouns: {
    opinion: words(`${EN_SPEECH.replace(/\|/g, ' ')} view views opinion opinions reaction reactions response`),
    place: words('country countries city cities state states region regions place places location locations town towns nation nations area areas province provinces'),
    organisation: words('company companies firm firms organisation organisations organization organizations business businesses group groups'),
    time: words('date dates day days year years month months week weeks time times quarter quarters period'),
    amount: words('money amount amounts sum sums figure figures cash'),
    number: words('number numbers percent percentage percentages proportion share figure'),
    person: words('person name names'),
  },
  kindCues: {
    time: words('start starts started starting begin begins began beginning launch launches launched come comes coming happen happens arrive arrives available out due expected planned scheduled take place open opens run runs last lasts'),
    amount: words('cost costs price priced pay paid spend spent worth charge charges'),
    // "How much better", "how heavy": the change or the measure restates the kind; the figure answers it.
    number: words(`${EN_CHANGE.replace(/\|/g, ' ')} big large fast far old tall heavy high low small wide deep powerful strong accurate`),
    person: words('lead leads led run runs head heads'),
  },
  light: words('make makes making made use uses used using fly flies flying travel travels go goes reach reaches plan plans planned planning intend intends intended expect expects expected aim aims hope hopes want wants going'),
  speech: EN_SPEECH,
  critics: words('critic critics opponent opponents sceptic sceptics skeptic skeptics detractor detractors naysayer naysayers'),
  totals: words('total totally altogether overall whole'),
  references: words('company firm startup start-up app application product tool system project device model service platform software technology programme program scheme venture business thing one'),
  demonstratives: words('the this that these those its their'),
};

const VI_SPEECH = 'nói|thấy|mong|muốn gì|đề nghị|kiến nghị|phát biểu|bình luận|nhận xét|nhận định|đánh giá|cho rằng|cho biết|chỉ trích|phê phán|phản ứng|nghĩ|lo ngại|lo lắng|cảnh báo|phản đối|ủng hộ|khen|chê|tuyên bố|khẳng định|nhấn mạnh|dự báo|dự đoán|phàn nàn|thừa nhận|bác bỏ|tiết lộ|kêu gọi|trả lời';
const VI_ORG_NOUNS = 'đài truyền hình|đài|công ty|hãng|tập đoàn|doanh nghiệp|tổ chức|startup|ngân hàng|cơ quan|bên|đơn vị|nhà mạng|quỹ|trường|đại học|viện|bộ|đối tác|nhà đầu tư|nhà sản xuất|nhà cung cấp|hãng xe|liên doanh|khách hàng|đối thủ|chính phủ|nhóm|phòng thí nghiệm|thương hiệu|nền tảng';
const VI_PLACE_NOUNS = 'nước|quốc gia|thành phố|tỉnh|bang|khu vực|vùng|địa điểm|thị trường|châu lục|địa phương|nơi|chỗ|thủ đô|thành phố nào|quận|huyện';
const VI_MONEY = 'giá|chi phí|tốn|trị giá|định giá|tiền|số tiền|vốn|đầu tư|rót|doanh thu|lợi nhuận|lãi|lỗ|thu về|huy động|gọi vốn|phí|lương|thưởng|ngân sách|khoản|trả(?! lời)|chi(?! tiết| nhánh)|bán(?! dẫn)|mua|thương vụ|phạt|tài trợ|hỗ trợ|vay|nợ|kinh phí|giá trị|vốn hóa|giá bán|bao nhiêu tiền|thuế|cước';
const VI_CHANGE = 'giảm|tăng|mất|sụt|rơi|lao dốc|bốc hơi|tăng trưởng|đi lên|đi xuống|leo|nhảy vọt';

export const VI_WORDS: QuestionWords = {
  openers: [
    'earshot ơi', 'này earshot', 'ê earshot', 'earshot', 'ơi', 'này', 'ê', 'ok', 'okay', 'oke', 'hey', 'ừ', 'ờ', 'ừm', 'à', 'ủa', 'dạ', 'thế', 'vậy',
    'thế thì', 'vậy thì', 'còn', 'mà', 'nhưng', 'xin hỏi', 'cho hỏi', 'cho tôi hỏi', 'cho mình hỏi', 'cho em hỏi', 'tôi muốn hỏi', 'mình muốn hỏi',
    'hỏi chút', 'cho tôi biết', 'cho mình biết', 'nói cho tôi biết', 'bạn có biết', 'bạn biết', 'tôi muốn biết', 'mình muốn biết', 'làm ơn',
    'vui lòng',
  ],
  kinds: [
    // "Chuyên gia nói gì?", "Nvidia phản ứng thế nào?": an opinion, before "gì"/"thế nào" read as anything else.
    { kind: 'opinion', pattern: `(${VI_SPEECH}) (\\S+ ){0,3}(gì|sao|thế nào|như thế nào|ra sao|điều gì|những gì|cái gì)` },
    { kind: 'opinion', pattern: '(ý kiến|quan điểm|phản ứng|đánh giá|nhận định|lời|thái độ|lo ngại|chỉ trích|cảnh báo)( của| từ)? (\\S+ ){0,4}(thế nào|như thế nào|ra sao|là gì|gì|sao)|(ai|những ai) (chỉ trích|phản đối|lo ngại|cảnh báo|phê phán)' },
    { kind: 'reason', pattern: '^sao|tại sao|vì sao|vì lý do gì|lý do|nguyên nhân|vì đâu|do đâu|sao lại|để làm gì|nhằm mục đích gì|mục đích|động cơ|tại vì sao|làm sao mà' },
    { kind: 'time', pattern: 'bao lâu|mấy giờ|thời điểm nào|thời gian nào|(ngày|tháng|năm|quý|tuần|hôm|thứ|giờ|lúc) (nào|mấy|bao nhiêu)|từ khi nào|đến khi nào|tới khi nào|đến bao giờ|tới bao giờ|hạn chót|thời hạn' },
    { kind: 'organisation', pattern: `(${VI_ORG_NOUNS}) (\\S+ ){0,2}(nào|gì)|(${VI_ORG_NOUNS}) (nào|gì)` },
    { kind: 'place', pattern: `ở đâu|tại đâu|từ đâu|đến đâu|tới đâu|nơi nào|chỗ nào|(${VI_PLACE_NOUNS}) (\\S+ ){0,1}nào|đặt ở|(?<!bắt |khởi )đâu$` },
    { kind: 'person', pattern: '(người|vị|ông|bà|nhân vật|lãnh đạo|chuyên gia|ceo|giám đốc|nhà sáng lập) nào|tên (là )?gì|tên ai|là ai|những ai|ai là|ai đã|ai sẽ|ai đang|do ai|bởi ai|của ai|với ai|cho ai|^ai' },
    { kind: 'number', pattern: `lãi suất|(${VI_CHANGE}) (\\S+ ){0,2}bao nhiêu|bao nhiêu (phần trăm|%|người|lần|chiếc|con|quốc gia|nước|công ty|nhân viên|năm|tháng|ngày|mô hình|chip|gpu|triệu người|lượt)|tỷ lệ|phần trăm|mấy (người|lần|chiếc|công ty|nước|quốc gia)|số lượng|bao nhiêu phần` },
    { kind: 'amount', pattern: `(${VI_MONEY}) (\\S+ ){0,5}(bao nhiêu|nhiêu|mấy)|(bao nhiêu|nhiêu|mấy) (\\S+ ){0,2}(${VI_MONEY}|đô|usd|đồng(?! hồ)|tỷ|triệu|nghìn)|giá (thế nào|ra sao|như thế nào|là|cả)|(có )?(mất|tốn) (phí|tiền)` },
    // "Mấy con tàu đang đóng bao giờ thì giao?": "mấy" says the ships are several; "bao giờ" asks.
    { kind: 'time', pattern: '^(mấy|những|các) .*(bao giờ|khi nào|lúc nào|hồi nào|chừng nào)' },
    { kind: 'number', pattern: 'bao nhiêu|nhiêu|mấy|cỡ nào|đến đâu' },
    { kind: 'time', pattern: 'khi nào|bao giờ|lúc nào|hồi nào|chừng nào|ngày nào|năm nào|tháng nào|dịp nào|bữa nào|hôm nào' },
    { kind: 'person', pattern: 'ai' },
  ],
  questionMarks: [
    'gì', 'nào', 'sao', 'chăng', 'hả', 'hở', 'nhỉ', 'chứ', 'đâu', 'bao nhiêu', 'nhiêu', 'mấy', 'ai', 'thế nào', 'ra sao',
    'như thế nào', 'làm sao', 'bao giờ', 'khi nào', 'lúc nào', 'cỡ nào', 'bữa nào', 'hồi nào', 'chừng nào',
  ],
  otherDomains: [
    'thời tiết', 'nhiệt độ', 'trời mưa', 'mưa không', 'có mưa', 'nắng không', 'dự báo thời tiết', 'độ ẩm', 'mấy độ', 'bao nhiêu độ',
    'báo thức', 'hẹn giờ', 'đặt giờ', 'nhắc tôi', 'nhắc nhở', 'đánh thức',
    'bài hát', 'nhạc', 'mở nhạc', 'phát nhạc', 'bật nhạc', 'ca sĩ', 'hát', 'podcast', 'radio',
    'nấu', 'công thức', 'món ăn', 'nấu ăn', 'làm bánh',
    'giao thông', 'kẹt xe', 'tắc đường', 'đường đến', 'chỉ đường',
    'mấy giờ', 'bây giờ là', 'hôm nay là ngày', 'hôm nay thứ mấy', 'ngày mấy rồi', 'lịch hẹn', 'cuộc họp', 'gọi điện cho',
    'bật đèn', 'tắt đèn', 'chuyện cười', 'truyện cười', 'kể chuyện', 'thủ đô của', 'dân số của', 'đánh vần', 'dịch sang', 'nghĩa là gì',
    'bạn là ai', 'bạn tên gì', 'bạn khỏe không', 'bạn làm được gì', 'tỷ số', 'kết quả bóng đá', 'vô địch',
    // Trivia a story does not hold, told cheaply: sums, conversions, definitions, live prices, the day.
    '\\d+ (?:nhân|cộng|trừ|chia|x) \\d+', 'bằng mấy', 'đổi ra', 'tỷ giá', 'giá vàng', 'giá xăng', 'giá đô', 'thứ mấy', 'làm sao để',
    'cách nấu', 'cách làm', 'có lịch', 'từ đây',
  ],
  stopwords: words(`
    và của là có được cho các những một trong với này đã sẽ đang không để từ theo khi về ra vào đến tới cũng nhưng thì như tại do bị rằng nên
    vì hơn trên sau biết ông bà đó nay lại mà nó họ chúng ta tôi mình bạn em anh chị gì nào ai đâu sao thế vậy à ạ nhỉ hả
    chứ nhé đi ơi kia ấy cái hãy xin vui lòng hỏi muốn ơn earshot ok okay oke ê ừ ờ ừm mấy chưa chăng hở rồi thì là phải
    câu chuyện trên đây đấy thôi cả nữa con chiếc vừa chỉ đều hay hoặc bởi ở cùng nhau nhiêu rứa răng mô ủa dạ hử mảng khác
  `),
  questionPhrases: phrases(
    'bao nhiêu|bao giờ|bao lâu|khi nào|lúc nào|hồi nào|chừng nào|bữa nào|ở đâu|tại đâu|từ đâu|tại sao|vì sao|sao lại|như thế nào|thế nào|ra sao|làm sao|là gì|là ai|cái gì|điều gì|những gì|cỡ nào',
  ),
  personPronouns: words('chị anh ông bà cô em cậu'),
  kindNouns: {
    opinion: phrases(`${VI_SPEECH}|ý kiến|quan điểm|phản ứng`),
    place: phrases('tỉnh thành|nước|quốc gia|thành phố|tỉnh|bang|khu vực|vùng|địa điểm|nơi|chỗ|địa phương'),
    organisation: phrases('công ty|hãng|tập đoàn|doanh nghiệp|tổ chức|đơn vị|bên|quỹ|ngân hàng|trường|viện|startup'),
    time: phrases('ngày|tháng|năm|quý|tuần|thời điểm|thời gian|lúc|hôm'),
    amount: phrases('tiền|số tiền|vốn|nguồn vốn'),
    number: phrases('phần trăm|số lượng|tỷ lệ'),
    person: phrases('tên|người'),
  },
  kindCues: {
    time: phrases('bắt đầu|diễn ra|ra mắt|có|khởi công|khai trương|triển khai|áp dụng|hoạt động'),
    amount: phrases('tốn|giá|hết|mất|trả|chi phí'),
    place: phrases('đặt|nằm|đóng'),
    person: phrases('đứng sau|đứng đằng sau|chịu trách nhiệm|phụ trách'),
  },
  light: phrases('làm|dùng|sử dụng|xài|có|được|dự kiến|dự định|định|có kế hoạch|lên kế hoạch'),
  speech: VI_SPEECH,
  critics: phrases('giới chỉ trích|người chỉ trích|người phản đối|chỉ trích|phản đối|phê phán'),
  totals: phrases('tổng cộng|tất cả|toàn bộ'),
  references: new Set(['tin', 'bài', 'bài báo', 'bản tin', 'công ty', 'hãng', 'app', 'ứng dụng', 'dự án', 'hệ thống', 'dây chuyền', 'máy', 'robot', 'chatbot', 'camera', 'đợt', 'đợt thí điểm', 'hợp đồng', 'lưới điện', 'mạng lưới', 'nhà máy', 'sản phẩm', 'dịch vụ', 'mô hình', 'nền tảng', 'công cụ', 'phần mềm', 'thiết bị', 'chương trình', 'trợ lý', 'trợ lý ảo', 'cái', 'vụ', 'thương vụ', 'startup', 'doanh nghiệp', 'kế hoạch', 'ngân hàng', 'tập đoàn', 'tổ chức']),
  demonstratives: words('này đó ấy kia nọ'),
};

export const QUESTION_WORDS: Record<'en' | 'vi', QuestionWords> = { en: EN_WORDS, vi: VI_WORDS };
