import { describe, expect, it } from 'vitest';
import { AnswerEngine, detectLocale, MAX_QUESTION_LENGTH } from '../../../src/core/index.js';
import { loadReport } from '../../../src/data/report.js';

const engine = new AnswerEngine(loadReport());
const answer = (q: string, locale: 'zh' | 'en' = 'zh') => engine.answer(q, locale);
const text = (q: string, locale: 'zh' | 'en' = 'zh') =>
  answer(q, locale)
    .facts.map((f) => (locale === 'zh' ? f.zh : f.en))
    .join(' ');

describe('AnswerEngine on the bundled report', () => {
  it('answers a Chinese question with the fact that holds the figure', () => {
    expect(text('2018年深圳新增了多少家三甲和三级医院?')).toContain('8家');
  });

  it('answers an English question from the translated facts', () => {
    expect(text('How many registered social organisations did Shenzhen have at the end of 2018?', 'en')).toContain('10,325');
  });

  it('matches traditional characters against the simplified text', () => {
    expect(text('深圳新增了多少張病床?')).toContain('2555');
  });

  it('understands paraphrases through synonyms (NGO ↔ 社会组织, subway ↔ 轨道交通)', () => {
    expect(text('How many NGOs does Shenzhen have?', 'en')).toContain('10,325');
    expect(text('一天多少人坐地铁?')).toContain('519万人次');
  });

  it('forgives a typo in English and a homophone typo in Chinese', () => {
    expect(text('how many fundations are there in shenzen?', 'en')).toContain('354');
    expect(text('社会组织改革经历了哪几个介段?')).toContain('改革探索');
    // A letter left out (digts → digits, not digs); "is split into" is a verb.
    expect(engine.index.correctSpelling('digts')).toBe('digits');
    // A tie goes to the word that makes a phrase of the report with the next one.
    expect(engine.index.correctSpelling('blok', 'data')).toBe('block');
    expect(text("wich districts ran the 'blok data' pilot?", 'en')).toContain('Futian, Nanshan and Bao');
    expect(text('What are the six parts the report is split into?', 'en')).toContain('six parts');
  });

  it('refuses questions about another city, another year or another subject', () => {
    expect(answer('北京的GDP是多少?').answered).toBe(false);
    expect(answer('2020年深圳新增了多少病床?').answered).toBe(false);
    expect(answer('What is the weather like in Shenzhen today?', 'en').answered).toBe(false);
    expect(answer('广州的公交分担率是多少?').answered).toBe(false);
  });

  it('refuses a question whose subject is in the report but whose detail is not', () => {
    expect(answer('深圳技术大学第一年招了多少本科生?').answered).toBe(false);
    expect(answer('How many beds does the University of Hong Kong-Shenzhen Hospital have?', 'en').answered).toBe(false);
    expect(answer('2018年深圳新增了多少张养老床位?').answered).toBe(false);
  });

  it('counts the thing asked for, not a word that only modifies another count', () => {
    // "2,555 hospital beds" counts beds; "8 new Grade 3A (三甲) and Grade 3 hospitals" counts hospitals.
    const hospitals = text('How many hospitals were added in 2018?', 'en');
    expect(hospitals).toContain('8 new');
    expect(hospitals).not.toContain('2,555');
    expect(text('How many hospital beds were added?', 'en')).toContain('2,555');
    expect(text('How many city-level departments had their data linked into the database?', 'en')).toContain('33 city departments');
  });

  it('prefers the fact whose own sentence names the thing counted', () => {
    // The total (10325个) has 社会团体 only among its keywords; the breakdown names it.
    expect(text('登记的社会组织里,社会团体有多少个?')).toContain('社会团体4476个');
  });

  it('accepts the everyday measure words for the same kind of thing, and no other kind', () => {
    expect(text('深圳有多少家社会组织?')).toContain('10325个');
    expect(text('深圳现在基金会一共几家啊?')).toContain('基金会354个');
    expect(text('去年新开了多少家公立幼儿园')).toContain('150所');
    expect(text('老小区翻新了多少户?')).toContain('7890套');
    // "1-2个孩子" counts children, not the households surveyed; 块钱 is money the report never gives.
    expect(answer('二孩调查一共走访了多少户家庭?').answered).toBe(false);
    expect(answer('深圳地铁起步价几块钱?').answered).toBe(false);
  });

  it('reads chat shorthand, and an asked attribute ends where its verb starts', () => {
    expect(text('wht is the status of shenzhen technology univ?', 'en')).toContain('Shenzhen Technology University');
    // "meant to achieve" is not part of what the answer must name.
    expect(answer("What is Futian's 'city brain' meant to achieve?", 'en').answered).toBe(true);
  });

  it('refuses "which ones" when the report only counts them, and answers it when it lists them', () => {
    expect(answer('新增的8家三甲和三级医院分别是哪几家?').answered).toBe(false);
    expect(answer('Which eight hospitals were added?', 'en').answered).toBe(false);
    expect(text('深圳在哪几个区开展了块数据试点?')).toContain('福田、南山、宝安');
    // Not with another fact's list either (the six fields of the pilots are not the four of the guidelines).
    expect(answer('出台了指引的那4个试点领域具体是哪4个?').answered).toBe(false);
    // "What do they stand for" is a "which ones" question too; "A和B两个X" is a list.
    expect(answer('what are the "four traffic indices" that keep going down?', 'en').answered).toBe(false);
    expect(text("What are the 'two coverages' in Party building within social organizations?", 'en')).toContain('two coverages');
    // Months are no count; two quoted titles are a list.
    expect(text('课业负担调查分别是在哪两个月做的?')).toContain('6月和12月');
    expect(answer('Which two documents on building a child-friendly city were issued?', 'en').answered).toBe(true);
  });

  it('refuses "which … the most" when no fact ranks or singles one out', () => {
    expect(answer('Which hospital in Shenzhen has the most beds?', 'en').answered).toBe(false);
    expect(answer('深圳哪个区的养老床位最多?').answered).toBe(false);
    // "most families" is a majority, not a superlative.
    expect(text('How many children do most families in Dapeng have?', 'en')).toContain('1-2');
  });

  it('reads "how many" after a preposition as part of the subject, not as the quantity asked', () => {
    expect(text("In the Dapeng survey, how does a parent's education level relate to how many kids they have?", 'en')).toMatch(/fewer|less/);
  });

  it('keeps numbers, pronouns and relative clauses out of the attribute asked', () => {
    expect(text('What are the six sections the report is split into?', 'en')).toContain('six parts');
    expect(text('how many social orgs per 10k people does shenzhen have now?', 'en')).toContain('7.93');
  });

  it('refuses details of the question the report does not give: another edition, a rate, a rent', () => {
    expect(answer('When is the 2020 edition of the blue book due out?', 'en').answered).toBe(false);
    expect(answer("What was Shenzhen police's case clearance rate in 2018?", 'en').answered).toBe(false);
    expect(answer("What's the average monthly rent for a flat in Shenzhen?", 'en').answered).toBe(false);
    expect(text('When was this article about the blue book published?', 'en')).toContain('2019-10-25');
  });

  it('reads idioms that look like quantities as what they are', () => {
    expect(text('近几年深圳党建搞的啥模式?')).toContain('标准+');
    expect(text("how much smarter did shenzhen's governance get?", 'en')).toContain('smarter');
    expect(text('How have the hours and costs of after-school classes changed?', 'en')).toContain('increased');
    expect(text('责编叫啥名字?')).toContain('战旗');
  });

  it('refuses an office holder the report does not name, and a count of what a figure only measures', () => {
    expect(answer('Who heads the Shenzhen Academy of Social Sciences?', 'en').answered).toBe(false);
    expect(text('Who edited this article?', 'en')).toContain('Zhan Qi');
    // "a 25-digit code" counts digits, not buildings.
    expect(answer('How many buildings have been given the 25-digit address code?', 'en').answered).toBe(false);
  });

  it('reads a Chinese term typed in pinyin as that term', () => {
    expect(text('How many "minsheng weishishi" were completed?', 'en')).toContain('12,000');
    expect(engine.analyze('how many shetuan are there?', 'en').words.map((w) => w.text)).toContain('社团');
  });

  it('answers "why" only with a fact that gives a reason', () => {
    expect(answer("Why were Futian, Nanshan and Bao'an chosen for the block-data pilots?", 'en').answered).toBe(false);
    expect(text("why don't people want a second kid?", 'en')).toMatch(/financial|economic/i);
  });

  it('does not answer a count with the number the question already gives', () => {
    expect(answer('how many of the 652 compulsory-education schools are private ones?', 'en').answered).toBe(false);
    expect(answer('义务教育阶段的652所学校里,民办学校有几所?').answered).toBe(false);
    expect(text('深圳万车死亡率跌破1,在国内大中型城市里算第几个做到的?')).toContain('首个');
  });

  it('does not fall back to a much weaker fact when the one asked about does not fit', () => {
    // Pingshan's "3 teams" do not count social workers, and no other fact is about them.
    expect(answer('How many professional social workers are there in Shenzhen?', 'en').answered).toBe(false);
    // A near-equal candidate still answers ("2,555 hospital beds" does not count hospitals, "8 new … hospitals" does).
    expect(text('How many hospitals were added in 2018?', 'en')).toContain('8 new');
  });

  it('refuses "which others" when the report lists only the ones the question names', () => {
    expect(answer('除了深圳大学和南方科技大学,另外两所入选省高水平大学建设计划的是哪两所?').answered).toBe(false);
    expect(text('哪几所大学入选了新一轮省高水平大学建设计划?')).toContain('深圳大学、南方科技大学');
    expect(answer('Besides Shenzhen University and SUSTech, which other universities made the provincial list?', 'en').answered).toBe(false);
  });

  it('never glues a question word to its neighbour (人为啥 is 人 + 为啥)', () => {
    expect(text('大鹏那边的人为啥不太愿意生二胎?')).toContain('经济负担');
  });

  it('does not answer "how many new" with a running total or a percentage', () => {
    expect(answer('2018年深圳新登记成立了多少个社会组织?').answered).toBe(false);
    expect(text('2018年新增了多少所公办幼儿园?')).toContain('150所');
  });

  it('does not give a bound for an exact figure', () => {
    expect(answer('2018年深圳交通事故死亡人数具体是多少人?').answered).toBe(false);
    expect(text('2018年深圳交通事故死亡人数有多少?')).toContain('低于300人');
  });

  it('gives no personal advice: how-to questions are out of scope', () => {
    expect(answer('How can I get a Shenzhen hukou for my kids?', 'en').answered).toBe(false);
    expect(answer('我想把孩子户口迁到深圳,需要什么条件?').answered).toBe(false);
  });

  it('refuses "which department" when no fact names one', () => {
    expect(answer('儿童友好城市规划是哪个部门牵头编制的?').answered).toBe(false);
  });

  it('answers a paraphrase whose unmatched words only frame it, not one whose unmatched word is a subject', () => {
    // The fact lacks "long" (a framing adjective) and covers the rest: answered.
    expect(text('Under the unified address standard, how long is the code each building is given?', 'en')).toContain('25-digit');
    // The fact lacks "warranty", a subject the report never mentions: refused.
    expect(answer('Under the unified address standard, how long is the warranty each building is given?', 'en').answered).toBe(false);
    expect(text('跟2008年比,深圳平均每万名常住居民拥有的社会组织变成了多少个?')).toContain('7.93个');
    expect(answer('跟2008年比,深圳平均每万名常住居民拥有的养老院变成了多少个?').answered).toBe(false);
  });

  it('marks verbs, adjectives and question frames as framing, nouns and phrases as subjects', () => {
    const framing = (q: string, locale: 'zh' | 'en') => Object.fromEntries(engine.analyze(q, locale).words.map((w) => [w.text, w.framing]));
    expect(framing('Which migrants does Longhua rapidly target?', 'en')).toMatchObject({ rapidly: true, target: true, migrants: false, longhua: false });
    // Function words are not words of the question at all.
    expect(framing('What does Longhua ultimately target regarding migrants?', 'en')).not.toHaveProperty('regarding');
    expect(framing('龙华区的外来人口融合共治出现了什么变化?', 'zh')).toMatchObject({ 出现: true, 变化: true, 龙华区: false });
  });

  it('reads chat phrasing: 来着, 其实, 砸钱, 几大块, 楼房, "name one"', () => {
    expect(text('深圳九大类民生支出一共砸了多少钱来着?')).toContain('2772亿元');
    expect(text('福田區「百系統」其實指的是多少個具體數據應用?')).toContain('102个');
    expect(text('这本报告总共分成了几大块?')).toContain('六个板块');
    expect(text('深圳给每栋楼房编的那个“身份号码”有多少位啊?')).toContain('25位');
    expect(text('How many parts is the blue book split into?', 'en')).toContain('six parts');
    expect(text('Name one social organization that helps resolve disputes in Yantian.', 'en')).toContain('Container Trailer');
  });

  it('answers "which park" with the fact that names a park, "which districts" with the one naming districts', () => {
    expect(text('龙岗区探索产城融合社区治理,是在哪个园区搞的?')).toContain('天安云谷');
    expect(text('In which industrial park did Longgang pilot its industry-city community governance model?', 'en')).toContain("Tian'an Cloud Park");
    // Districts are named without the word: Futian, not "the district's subdistricts".
    expect(text("Which districts were chosen to pilot the 'block data' approach?", 'en')).toContain('Futian, Nanshan');
  });

  it('refuses a part singled out of a total the report gives only as a whole', () => {
    expect(answer('深圳九大类民生支出里面,光教育支出就花了多少亿?').answered).toBe(false);
    expect(answer('How much did Shenzhen spend on education alone in 2018?', 'en').answered).toBe(false);
    // "不光" is "not only", and a part the sentence names is answered.
    expect(engine.analyze('社会组织不光追求数量了?', 'zh').partThings).toBeUndefined();
    expect(text('by how much did criminal 110 reports drop? just the criminal ones', 'en')).toContain('12.2%');
  });

  it('asks a cause of a fact that gives one, and the attribute after a place of a fact that names it', () => {
    expect(answer('What caused the 23.1% drop in 110 police reports, according to the police?', 'en').answered).toBe(false);
    expect(answer('深圳大学2018年在广东的录取分数线是多少?').answered).toBe(false);
  });

  it('does not count one thing with a figure that counts another ("3 teams" is no number of psychologists)', () => {
    expect(answer("How many psychologists work at Pingshan's district-level psychological service hub?", 'en').answered).toBe(false);
    expect(text("How many city government agencies feed their data into Shenzhen's social governance big database?", 'en')).toContain('33');
  });

  it('ignores a vague amount the asker recalls, and gives no bound for "具体死了多少人"', () => {
    expect(text('去年深圳九大类民生支出听说有好几千亿,具体是多少?')).toContain('2772亿元');
    expect(answer('2018年深圳交通事故具体死了多少人?').answered).toBe(false);
    // Nor does another fact's figure (the death rate) stand in for the exact number.
    expect(answer('Exactly how many people died in traffic accidents in Shenzhen in 2018?', 'en').answered).toBe(false);
  });

  it('reads a place typed syllable by syllable, "together with", Chinese/China and a time span', () => {
    expect(text('Long Hua set up a community governance structure in its pilot communities, what is it called?', 'en')).toContain('one core, many actors');
    expect(text('what special thing did they launch together with shenzhen metro for kids?', 'en')).toContain('metro train');
    expect(text('Shenzhen became the first big Chinese city to get its yearly road deaths per 10,000 vehicles below what number?', 'en')).toContain('below 1');
    expect(text('深圳儿童友好型城市战略规划的时间跨度是哪几年?')).toContain('2035');
  });

  it('treats a clause that asks nothing as the asker\'s context, and names an instance for "name one"', () => {
    expect(text('那个社会治理大数据库到18年底连通了几家市直部门?手机打字见谅')).toContain('33家');
    expect(text('我在写一篇关于基金会的论文,深圳2018年底有多少家基金会?')).toContain('354个');
    expect(text('Name one social group in Yantian that helps settle disputes.', 'en')).toContain('Container Trailer');
    // A place in the context clause is still the subject.
    expect(answer('广州那边,三甲医院新增了多少家?').answered).toBe(false);
  });

  it('asks what the agent did of "哪个部门牵头": a fact that names no one who led it does not say', () => {
    expect(answer('社会治理大数据库是哪个部门牵头建设的?').answered).toBe(false);
    expect(text('这本深圳蓝皮书是哪个单位编撰的?')).toContain('深圳市社会科学院');
    expect(text('全国首个“儿童友好地铁专列”是深圳和谁联手推出的?')).toContain('深圳地铁公司');
  });

  it('reads 在哪个园区 as "which park", abbreviations and idioms, and a quoted report term', () => {
    expect(text('龍崗區探索產城融合社區治理模式是在哪個園區?')).toContain('天安云谷');
    expect(text('哈工大深圳那边2018年有啥新动静?')).toContain('单独招收本科生');
    expect(text('有哪些因素让家庭对生第二个孩子望而却步?')).toContain('经济负担');
    expect(text('报告说深圳城市基层党建的格局从“多元混治”变成了什么?')).toContain('一核多元');
  });

  it('reads "举几个例子" as a list request and 新的, 看作, 年份区间 as framing', () => {
    expect(text('深圳社会治理大数据库联通了哪些市直部门的业务数据?举几个例子')).toContain('公安');
    expect(answer('福田区那102个数据应用具体都有哪些?举几个例子呗').answered).toBe(false);
    expect(text('在2018年深圳的社会治理中,哪方面的参与被报告看作新的亮点?')).toContain('社会力量');
    expect(text('深圳建设儿童友好型城市的战略规划覆盖的是哪个年份区间?')).toContain('2035');
  });

  it('brings the breakdown (其中, "within that") that follows the best fact', () => {
    const reply = text('In the provincial third-party poll, where did Shenzhen rank for satisfaction with police work?', 'en');
    expect(reply).toContain('ranking second in the province');
    expect(reply).toContain('first for satisfaction with police work');
    expect(text('全省第三方測評裏,深圳的公安工作滿意度排第幾名?')).toContain('公安工作满意度排名第一');
    // One clause may stand between the total and its breakdown.
    expect(text('criminal police reports specifically, how much did they go down?', 'en')).toContain('12.2%');
  });

  it('needs an average for "the average number", a price for "how much is rent", and the subject for "how much money"', () => {
    expect(answer("In the Dapeng survey, what's the average number of kids in non-local hukou families?", 'en').answered).toBe(false);
    expect(text("On an average day, how many people ride Shenzhen's subway and rail lines?", 'en')).toContain('5.19 million');
    expect(answer('how much is rent for a public rental flat in shenzhen per month?', 'en').answered).toBe(false);
    expect(answer('How much money did Shenzhen spend building the social governance big database?', 'en').answered).toBe(false);
  });

  it('asks "which tech company built" of a fact that names a company; fields are named without the word', () => {
    expect(answer('Which tech company built the 25-digit building ID code system?', 'en').answered).toBe(false);
    expect(answer("Which metro line does Shenzhen's child-friendly subway train run on?", 'en').answered).toBe(false);
    expect(text("In which two fields have Yantian's social organizations played an active role?", 'en')).toContain('mental health');
  });

  it('does not explain a quoted term with a fact that only names it', () => {
    expect(answer('“1+10+N”党群服务中心体系里的“1”“10”“N”分别指什么?').answered).toBe(false);
    expect(answer('What does "1+10+N" actually stand for in the party-mass service center system?', 'en').answered).toBe(false);
    expect(text('福田区的“一中心”具体指什么?')).toContain('智慧城市指挥中心');
  });

  it("does not answer for a named district with another district's fact, nor a population with a rate's base", () => {
    expect(answer("What was Bao'an District's resident population in 2018?", 'en').answered).toBe(false);
    expect(answer("How many social organisations does Bao'an have?", 'en').answered).toBe(false);
    expect(text('盐田区有哪些社会组织在纠纷调处、心理健康等领域发挥了积极作用?')).toContain('集装箱拖车运输协会');
    expect(answer("What was Shenzhen's total resident population in 2018?", 'en').answered).toBe(false);
    expect(text('How many social organisations per 10,000 residents did Shenzhen have in 2018?', 'en')).toContain('7.93');
  });

  it('reads a clause that points back ("That exceeds Beijing…") with the clause before it', () => {
    const facts = answer('wait does shenzhen really have more social orgs per person than beijing and shanghai?', 'en').facts.map((f) => f.id);
    expect(facts).toEqual(['orgs-03', 'orgs-04']);
  });

  it('gives no count from a formula, no rank from "relatively good", no list from a bare count', () => {
    expect(answer('深圳全市目前建成了多少个党群服务中心?').answered).toBe(false);
    expect(answer("Where exactly did Shenzhen rank in Baidu's congestion ranking?", 'en').answered).toBe(false);
    expect(answer('Can you list a few of the 102 data applications in Futian?', 'en').answered).toBe(false);
    // A list of counts (幼儿园150所、普惠性幼儿园116所) names no districts.
    expect(answer('新增的150所新型公办幼儿园主要分布在哪几个区?').answered).toBe(false);
  });

  it('fixes an attribute typo (比列), reads 盘点/一年/砸钱, and refuses a part of a total or a price not given', () => {
    expect(text('住房供应结构里公租房占多少比列?')).toContain('公租房占20%');
    expect(text('这个报告主要是盘点深圳哪一年社会治理情况的?')).toContain('2018');
    expect(text('深圳一年在民生上砸了多少钱来着?')).toContain('2772亿元');
    expect(answer('2018年轨道交通日均客流519万人次里,地铁1号线占多少?').answered).toBe(false);
    expect(answer('深圳大学入选省高水平大学建设计划以后拿了多少经费?').answered).toBe(false);
    expect(answer('How much is a metro ticket in Shenzhen?', 'en').answered).toBe(false);
    expect(answer('How many kids took part in the child-friendly city pilot programs?', 'en').answered).toBe(false);
    // 常住 is a word of the report: 万名常住 is no typo of 名称.
    expect(text('和2008年相比,深圳平均每一万名常住居民拥有的社会组织数量变成了多少?')).toContain('7.93');
  });

  it('leads with the best fact and adds no close second about another subject', () => {
    expect(answer('How many new hospitals did Shenzhen add in 2018?', 'en').facts.map((f) => f.id)).toEqual(['livelihood-15']);
  });

  it('reads 那部分, 一口气, 那一条, a relation question and a list request of the recommendations', () => {
    expect(text('党建那部分讲的“五大转变”,第一个是从啥转到啥?')).toContain('多元混治');
    expect(text('家长们关心一下,深圳2018年一口气新增了多少个公办中小学学位?')).toContain('6.3万');
    expect(text('報告對深圳下一步社會建設提出了哪些方面的對策建議?')).toContain('公共安全体系建设');
    expect(text('二孩政策调查里,一个人的学历高低和生多少孩子有什么关系?')).toContain('学历越高');
    expect(text('报告总结的2018年深圳社会治理三大亮点里,跟技术手段相关的那一条讲的是什么?')).toContain('智能化');
  });

  it('reads "how long is the code", 几点几分, 里面…占多少, and gives no rate for "how many new"', () => {
    expect(text("How long is the ID code that Shenzhen's address standard assigns to every building?", 'en')).toContain('25-digit');
    expect(text('这条新闻具体是几点几分发出来的?')).toContain('17:54');
    expect(answer('社会团体4476个里面,行业协会占多少个?').answered).toBe(false);
    expect(answer('How many new social organizations were registered in Shenzhen during 2018 alone?', 'en').answered).toBe(false);
  });

  it('refuses weather and sports even beside words the report uses, and "which line" of a fact that names none', () => {
    expect(answer("what's the weather like in shenzhen in october?", 'en').answered).toBe(false);
    expect(answer('Which team won the Chinese Super League in 2018?', 'en').answered).toBe(false);
    expect(answer('深圳10月份天气怎么样?').answered).toBe(false);
    expect(answer('儿童友好地铁专列跑的是哪条地铁线?').answered).toBe(false);
    expect(text('深圳地铁为了儿童友好型城市整了个啥全国第一?')).toContain('儿童友好地铁专列');
  });

  it('reads 名头 and 关键词 as framing, and "which two sectors" as asking two named things', () => {
    expect(text('港大深圳医院是不是入选了广东省的什么重点建设单位?叫啥名头?')).toContain('高水平医院重点建设单位');
    expect(text('罗湖区要加快形成的基层治理新局面,除了党建引领,还有哪两个关键词?')).toContain('多元参与');
    expect(text('The report says public services improved in 2018. Which two sectors sped up their development?', 'en')).toContain('education');
  });

  it('answers a list question with the facts that spell the list out', () => {
    const t = text('2018年深圳社会治理的三个突出特点分别是什么?');
    expect(t).toContain('共建共治共享');
    expect(t).toContain('智能化');
  });

  it('refuses sports and next year in Chinese, but reads them as context beside a question', () => {
    expect(answer('深圳队今年中超排第几?').answered).toBe(false);
    expect(answer('你觉得深圳房价明年会涨还是跌?').answered).toBe(false);
    expect(answer('Will housing prices in Shenzhen rise next year?', 'en').answered).toBe(false);
    expect(text('我家娃明年上小学,听说有些学校中午能在校吃饭午睡,这样的义务教育学校全市有多少所?')).toContain('523所');
  });

  it("answers a part singled out of a total from the total's own breakdown (其中…)", () => {
    expect(text('深圳社会组织里头光社团就有几个?')).toContain('社会团体4476个');
    expect(text('How many foundations alone?', 'en')).toContain('354 foundations');
    expect(answer('How much was spent on education alone?', 'en').answered).toBe(false);
  });

  it('counts the head noun after a 的 clause ("多少个与儿童紧密相关的领域"), and reads domains as fields', () => {
    expect(text('深圳选了多少个与儿童紧密相关的领域开展儿童友好试点建设?')).toContain('6个领域');
    expect(text('In how many domains did Shenzhen pilot child-friendly construction?', 'en')).toContain('6 fields');
  });

  it('reads "说几个…就行" as a list request and "领导让我…," as the task the asker was given', () => {
    expect(text('报告对深圳以后的社会建设提了哪些建议?说几个重点方向就行')).toContain('公共安全体系建设');
    expect(text('领导让我写个摘要,报告归纳的2018年深圳社会治理有哪几大亮点?')).toContain('三个突出特点');
    expect(text('my boss asked me to check this, how many hospital beds were added?', 'en')).toContain('2,555');
  });

  it('answers chat questions about the article itself: its 小编, who compiled it, when it was posted', () => {
    expect(text('这稿子最后署名的小编是谁啊?')).toContain('战旗');
    expect(text('这个报告是市里哪个单位牵头编的?')).toContain('深圳市社会科学院');
    expect(text('刚看到新闻说深圳出了本社会治理蓝皮书,这篇报道是哪天发的?')).toContain('2019-10-25');
    // Who led it is asked, and the fact names no one who did.
    expect(answer('社会治理大数据库是哪个部门牵头建设的?').answered).toBe(false);
  });

  it('asks money of "how much did X spend", reads "fall under" as a verb and businesses as firms', () => {
    expect(answer('How much did Futian District spend building its smart city command centre?', 'en').answered).toBe(false);
    expect(text('How many Party members fall under the municipal social-organization Party committee?', 'en')).toContain('11,988');
    expect(text("Luohu's grassroots governance innovation relied on which kind of businesses?", 'en')).toContain('property');
  });

  it('refuses a count of what a figure only measures: a rate base (每万常住人口), people the report never counts', () => {
    expect(answer('深圳2018年常住人口一共多少?').answered).toBe(false);
    expect(text('每万常住人口有多少个社会组织?')).toContain('7.93个');
    expect(answer('坪山区那个社会心理服务中心有多少个心理咨询师?').answered).toBe(false);
    expect(answer('宝安区有多少失信者被联合惩戒过?').answered).toBe(false);
    expect(text('社会组织党委管理多少名党员')).toContain('党员11988名');
  });

  it('answers about a named hospital or university only with a fact that names it', () => {
    expect(answer('深圳市人民医院有多少张床位?').answered).toBe(false);
    expect(answer('北京大学深圳医院有多少床位').answered).toBe(false);
    expect(text('市第二人民医院入选了什么')).toContain('高水平医院');
    expect(text('三甲医院有多少家?')).toContain('18家');
  });

  it('answers "what does X call Y" with a name the question does not already say', () => {
    expect(text("What does Futian call the system it's building with one center, five platforms and a hundred systems?", 'en')).toContain('district brain');
    // A one-word English name ("One centre") is too little to say the question already names it.
    expect(text("What's the name of the nerve centre for Futian's digital city?", 'en')).toContain('Command Centre');
  });

  it('answers "why" with the clause beside the fact that gives the reason or what shows it', () => {
    expect(text('深圳住房改革为啥要搞商品房、政策房、公租房4:4:2那种结构?')).toContain('住有所居');
    expect(text('为啥说国家那些减负政策没啥效果?')).toContain('超纲教学');
  });

  it('reads "什么轴" as the kind of thing asked, and "apart from" as grammar', () => {
    expect(text('市区街社四级联动起来以后,文章把它比作一根什么轴?')).toContain('动力主轴');
    expect(text('Apart from party building, livelihood and governance, what other parts make up the report?', 'en')).toContain('six parts');
  });

  it('counts what befell people ("how many people were injured"), not the people alone', () => {
    expect(answer('How many people were injured in road traffic accidents in Shenzhen in 2018?', 'en').answered).toBe(false);
    expect(text('How many people were killed in road traffic accidents?', 'en')).toContain('300');
    expect(text('How many pupils were enrolled in compulsory-education schools in Shenzhen in 2018?', 'en')).toContain('1.345 million');
  });

  it("re-reads a stretch the segmenter cut wrongly by the report's own keywords (深大和南科大)", () => {
    expect(text('深大和南科大入选了什么计划?')).toContain('高水平大学');
    // A plain word the report does not use is no wrong cut: 生二胎 stays whole.
    expect(engine.analyze('大鹏那边的人为啥不太愿意生二胎?', 'zh').words.map((w) => w.text)).toContain('生二胎');
  });

  it('reads the kind a "哪个/哪所" question asks: its members count, and a verb ends it', () => {
    expect(text('哪所学校的深圳校区开始单独招本科生了?')).toContain('哈尔滨工业大学');
    expect(text('龙岗区探索产城融合社区治理,拿的是哪个园区当例子?')).toContain('天安云谷');
    expect(text('龙岗是哪个园区在探索产城融合社区的治理模式?')).toContain('天安云谷');
  });

  it('reads a founding year as a description, "for every 10,000" as a rate, "three things" as a list', () => {
    expect(text('那个2015年成立、专管社会组织党建的党委,到2018年底管着多少名党员?')).toContain('党员11988名');
    expect(text('Back in 2008, how many social organizations did Shenzhen have for every 10,000 permanent residents?', 'en')).toContain('3.52');
    expect(text('The report mentions three things Shenzhen tried to stabilise in housing. What are they?', 'en')).toContain('rents');
    expect(text('这本讲深圳社会治理的蓝皮书,是哪家研究机构负责编撰的?')).toContain('深圳市社会科学院');
  });

  it('gives no opinion and no figure it does not have (几多钱, a better place than Hong Kong)', () => {
    expect(answer('In your opinion, is Shenzhen a better place to live than Hong Kong?', 'en').answered).toBe(false);
    expect(answer('Is Shenzhen a better place to raise kids than Hong Kong?', 'en').answered).toBe(false);
    expect(answer('课业负担调查里学生每个月课外培训平均花几多钱?').answered).toBe(false);
  });

  it('answers "in the article\'s metaphor" with the name the next clause gives', () => {
    expect(text("By linking the city, district, subdistrict and community levels, what did Shenzhen form, in the article's metaphor?", 'en')).toContain(
      'driving main axis',
    );
  });

  it('reads chat lead-ins and shares: 群里有人说, 几大块, 多少比例的学校, 条块分割的状态', () => {
    expect(text('群里有人说深圳去年做了一堆民生微实事,到底完成了多少件啊?')).toContain('1.2万件');
    expect(text('报告的内容一共被划成了几大块?')).toContain('六个板块');
    expect(text('现在深圳有多少比例的义务教育学校能让娃在学校吃午饭、睡午觉?')).toContain('75%');
    expect(text('五大转变当中,原来“条块分割”的状态后来变成了什么?')).toContain('相融共生');
    expect(answer("What's the total budget for the child-friendly city plan?", 'en').answered).toBe(false);
  });

  it('reads an adverb after 谁 as no verb the agent must have (谁最先, 谁更容易)', () => {
    expect(text('一线城市里谁最先建起社会治理大数据库的')).toContain('率先');
    expect(text('按职业看，谁更容易生两个以上？')).toContain('农民');
  });

  it('reads 谁的, 在哪几个 and a term explained by the two parts named just before it', () => {
    expect(text('报告建议深圳要贯彻谁的讲话精神?')).toContain('习近平总书记');
    expect(text('儿童友好城市在哪几个领域搞试点？')).toContain('6个领域');
    expect(text('“两个覆盖”指的是哪两个？')).toContain('党组织建设和党的工作');
    expect(answer('“1+10+N”党群服务中心体系里的“1”“10”“N”分别指什么?').answered).toBe(false);
  });

  it('reads Cantonese as typed in Shenzhen chats, and "只说年份就行" as how to answer', () => {
    expect(text('呢本藍皮書係邊間出版社出嘅?')).toContain('社会科学文献出版社');
    expect(text('这份报告主要梳理的是哪一年的社会治理情况?只说年份就行')).toContain('2018年');
  });

  it('refuses a phone number, a world cup, an average the report lacks and a personal opinion', () => {
    expect(answer('坪山区社会心理服务中心的电话是多少?').answered).toBe(false);
    expect(answer('Who won the 2018 World Cup?', 'en').answered).toBe(false);
    expect(answer('What was the average commute time in Shenzhen in 2018?', 'en').answered).toBe(false);
    expect(answer('What do you personally think of the two-child policy?', 'en').answered).toBe(false);
  });

  it('answers an English question with a Chinese gloss in English, and reads Japanese forms (分単率)', () => {
    const a = answer('how many socail groups (社会团体) were regsitered in shenzen?', 'en');
    expect(a.facts.map((f) => f.en).join(' ')).toContain('4,476');
    expect(text('深圳的公交分単率是多少?')).toContain('60.5%');
  });

  it('reads 拖住, "holds X back", 怎么称呼, overtaken, "who wrote", and 牵头 at the end of a question', () => {
    expect(text('是哪些因素拖住了大家生二胎的腳步?')).toContain('经济负担');
    expect(text('What holds families back from having a second child, per the survey?', 'en')).toContain('Economic burden');
    expect(text('Which cities has Shenzhen overtaken in social organizations per 10,000 residents?', 'en')).toContain('Beijing');
    expect(text('这本蓝皮书是谁编撰的?哪个单位牵头?')).toContain('深圳市社会科学院');
    expect(answer('Who wrote the homework-burden chapter of the blue book?', 'en').answered).toBe(false);
    expect(answer('社会治理大数据库是哪个部门牵头建设的?').answered).toBe(false);
  });

  it('counts the noun that shared modifiers and a number lead to (affordable and policy-supported housing, 110 crime reports)', () => {
    expect(text('How many units of affordable and policy-supported housing had Shenzhen provided in total by the end of 2018?', 'en')).toContain('500,000');
    expect(text('how many 110 crime and public order reports did sz get in 2018', 'en')).toContain('157,000');
    expect(text('how much data has been imported into the database?', 'en')).toContain('15 billion');
  });

  it('reads an institution, a body or an agency as the school, academy or bureau that is one', () => {
    expect(text('Which postgrad institution got approval?', 'en')).toContain('Tsinghua');
    expect(text('which body compiled the blue book?', 'en')).toContain('Shenzhen Academy of Social Sciences');
  });

  it('reads chat openers ("quick q", "remind me") as no part of the question', () => {
    expect(text('quick q - which publishing house put out the blue book?', 'en')).toContain('Social Sciences Academic Press');
  });

  it('lists the recommendations when asked what the report wants done next', () => {
    expect(text('报告对深圳下一步有啥建议?')).toContain('网格管理');
    expect(text('what does the report want shenzhen to do next', 'en')).toContain('grid management');
  });

  it('reads a hotline named by its number as named, not asked for, and a full title as a name', () => {
    expect(text('By what percentages did criminal and public-order incidents reported through the 110 hotline fall?', 'en')).toContain('12.2%');
    expect(answer("what's the hotline number of the pingshan psychological centre?", 'en').answered).toBe(false);
    expect(text('What is the full title of the strategic plan for a child-friendly city Shenzhen issued in 2018?', 'en')).toContain('(2018-2035)');
  });

  it('reads a quoted English term as a phrase, an enterprise as a company and a length as digits', () => {
    expect(text("What does the 'big closed loop' refer to when block data is used to govern business entities?", 'en')).toContain('big closed loop');
    expect(text('In Luohu, which type of enterprise takes part in grassroots governance?', 'en')).toContain('Property management companies');
    expect(text("what's the length of the ID code every building gets?", 'en')).toContain('25-digit');
  });

  it('answers "which university" with an institute of technology, and "which website" with the site', () => {
    expect(text('Which university began enrolling undergraduates on its own at its Shenzhen campus?', 'en')).toMatch(/^Harbin Institute of Technology/);
    expect(text('On which website was this article published?', 'en')).toContain('Shensi Net');
  });

  it('refuses prices, investment totals, and an office holder asked as "the name of the head of"', () => {
    expect(answer('how much is a metro ride in shenzhen these days?', 'en').answered).toBe(false);
    expect(answer("what's the tuition at SUSTech?", 'en').answered).toBe(false);
    expect(answer('福田区智慧城市指挥中心的建设总投资是多少?').answered).toBe(false);
    expect(answer("what's the name of the head of the shenzhen academy of social sciences", 'en').answered).toBe(false);
  });

  it("refuses what another city owns (Guangzhou's report), but answers a comparison with it", () => {
    expect(answer("What did Guangzhou's social governance report say about its social organisations?", 'en').answered).toBe(false);
    expect(answer('广州的社会组织有哪些特点?').answered).toBe(false);
    expect(text("is shenzhen's NGO density higher than Beijing's?", 'en')).toContain('Beijing');
  });

  it('refuses names and counts a fact does not give: the 102 apps by name, people punished, metro lines', () => {
    expect(answer('福田那102个数据应用具体都叫啥名字?').answered).toBe(false);
    expect(answer('宝安那个信用平台上一共惩戒了多少失信的人?').answered).toBe(false);
    expect(answer('how many metro lines does sz have running now?', 'en').answered).toBe(false);
  });

  it('reads 被称为什么 as a name asked, a quoted term before another question as context, and 龙华区 as one word', () => {
    expect(text('深圳建成的党群服务中心体系被称为什么?')).toContain('1+10+N');
    expect(text('深圳推进儿童友好型城市“在地化”标准制定时,选取了哪6个领域开展试点建设?')).toContain('图书馆');
    expect(answer('“1+10+N”党群服务中心体系里的“1”“10”“N”分别指什么?').answered).toBe(false);
    expect(engine.analyze('龙华区推进外来人口融合共治,最终想打造一个什么样的社区?', 'zh').words.map((w) => w.text)).toContain('龙华区');
    expect(text('龙华区推进外来人口融合共治,最终想打造一个什么样的社区?')).toContain('社区生活共同体');
  });

  it('reads a part of Shenzhen the report names by its section, and refuses what the report does not say of it', () => {
    expect(text("why don't dapeng families want a second child?", 'en')).toContain('Economic burden');
    expect(text('大鹏那边的人为啥不太愿意要第二个娃?')).toContain('经济负担');
    expect(answer('How many people live in Dapeng New Area?', 'en').answered).toBe(false);
    expect(answer('How many data applications has Nanshan District built?', 'en').answered).toBe(false);
  });

  it('refuses a comparison with Hong Kong typed as hk, and a count of people no figure counts', () => {
    expect(answer('hk vs sz crime rate, which is safer?', 'en').answered).toBe(false);
    expect(answer("how many ppl use futian's city brain every day", 'en').answered).toBe(false);
    expect(answer('2018年深圳一共发生了多少起交通事故?').answered).toBe(false);
  });

  it('answers who wrote the report with its compiler, and when "这新闻" was posted', () => {
    expect(text('who wrote this report, like which research institute?', 'en')).toContain('Shenzhen Academy of Social Sciences');
    expect(answer('who heads the shenzhen academy of social sciences?', 'en').answered).toBe(false);
    expect(text('这新闻啥时候发的')).toContain('2019-10-25');
  });

  it('reads chat Chinese: a verb cut with its complement (吃上午饭), 哪一类…更大, 说出几个名字, 读书压力', () => {
    expect(text('全市有多少所义务教育学校能让孩子在学校里吃上午饭、睡个午觉?')).toContain('523所');
    expect(text('2018年深圳刑事警情和治安警情,哪一类降幅更大?')).toContain('26.1%');
    expect(text('盐田在化解矛盾纠纷上有几家挺有代表性的社会组织,能说出几个名字吗?')).toContain('集装箱拖车');
    expect(text('按课业负担那个调查的说法,孩子们读书压力最大头是从哪儿来的?')).toContain('父母期待');
  });

  it('reads "why does the survey conclude", "basically finished building" and "have a say"', () => {
    expect(text("Why does the homework survey conclude that the burden-reduction policies haven't really worked?", 'en')).toContain('beyond the syllabus');
    expect(text('what had Shenzhen basically finished building by 2018 to support social governance?', 'en')).toContain('big data');
  });

  it('counts no things with a figure of people: traffic accidents are not the 300 deaths', () => {
    expect(answer('How many traffic accidents in total did Shenzhen record in 2018?', 'en').answered).toBe(false);
    expect(text('how many road deaths were there?', 'en')).toContain('300');
    expect(text('How many digits is the ID code each building gets?', 'en')).toContain('25-digit');
  });

  it('answers the year reviewed, not the posting date, and reads 登记注册, 程度 and a homophone of 全市', () => {
    expect(text('这本2019年版的报告,回顾总结的是深圳哪一年的社会治理状况?')).toContain('2018年');
    expect(text('when was this article?', 'en')).toContain('2019-10-25');
    expect(text('截至2018年底,在深圳登记注册的社会组织一共有多少家?')).toContain('10325个');
    expect(text('对于基层的网格化管理,报告在对策建议里希望把它推进到什么程度?')).toContain('深度优化');
    expect(text('现在深圳全是一共有多少家三甲医院?')).toContain('18家');
  });

  it('reads "the other core component" as asking the other part, and a news story as the article', () => {
    expect(text("Besides its six sub-platforms, what is the other core component of Bao'an's credit information platform?", 'en')).toContain('big-data centre');
    expect(text('What is the full title of the blue book this news story is about?', 'en')).toContain('Shenzhen Blue Book');
  });

  it('refuses a birth rate, a population and an office holder asked in chat English', () => {
    expect(answer("What's Shenzhen's birth rate?", 'en').answered).toBe(false);
    expect(answer("whats sz's total population in 2018", 'en').answered).toBe(false);
    expect(answer("who's the head of the shenzhen academy of social sciences", 'en').answered).toBe(false);
  });

  it('reads Slack shorthand: tbh, q:, $$, "which org", "or nah", "does the city have now"', () => {
    expect(text('q: who put this blue book together? like which org', 'en')).toContain('Shenzhen Academy of Social Sciences');
    expect(text('tbh whats actually in the report, what are the 6 sections', 'en')).toContain('six parts');
    expect(text("how much $$ went to people's livelihood stuff in sz in 2018", 'en')).toContain('277.2 billion');
    expect(text('did shenzhen actually manage to keep house prices and rents in check or nah?', 'en')).toContain('stabilising');
    expect(text('how many tier-3 hospitals does the city have now', 'en')).toContain('42');
    expect(text('did fewer ppl die in car crashes? like below what number', 'en')).toContain('300');
  });

  it('answers why with the clause that follows from the fact (形成…“动力主轴”), and 不敢生二胎', () => {
    expect(text('Why does Shenzhen link up the city, district, subdistrict and community levels in its party building?', 'en')).toContain('driving main axis');
    expect(text('为啥好多家庭不敢生二胎')).toContain('经济负担');
  });

  it('reads "what catchphrase sums up X" as a phrase asked, entities as units, chosen as selected', () => {
    expect(text('What phrase sums up the stage that social organization development has now reached?', 'en')).toContain('slower growth, higher quality');
    expect(text('How many privately run non-profit entities were on the register?', 'en')).toContain('5,495');
    expect(text("Which four hospitals were chosen as priority builders of Guangdong's top-tier hospitals?", 'en')).toContain("Shenzhen People's Hospital");
    expect(text('Which students are hit hardest by the homework load?', 'en')).toContain('prestigious schools');
  });

  it("reads a day asked, the report's parts and review in chat (分了几块, 盘的是), and which site it is from", () => {
    expect(text('这篇关于深圳社会治理报告的新闻是哪天发出来的?')).toContain('2019-10-25');
    expect(text('报告分了几块?都有啥')).toContain('六个板块');
    expect(text('报告主要盘的是哪一年深圳的情况?')).toContain('2018年');
    expect(text('which site is this from', 'en')).toContain('Shensi Net');
  });

  it('reads 比上一年…百分之几 as a year-on-year percentage, 不守信用 as 失信, and 具体叫什么 as which ones', () => {
    expect(text('深圳軌道交通日均客流量比上一年增長了百分之幾?')).toContain('14.4%');
    expect(text('宝安搞诚信建设,对那些不守信用的人是个什么说法?')).toContain('寸步难行');
    expect(answer('2018年深圳新增的那8家三甲和三级医院具体叫什么名字?').answered).toBe(false);
  });

  it('answers "name some", a nickname, an institution\'s own name, and "why is X said to" with what shows it', () => {
    expect(text('Name some of the social organizations in Yantian that help resolve disputes.', 'en')).toContain('Container Trailer');
    expect(text("What nickname is given to Futian District's integrated smart-governance setup?", 'en')).toContain('district brain');
    expect(text('What is the name of the Chinese Academy of Sciences university project in Shenzhen?', 'en')).toContain('Chinese Academy of Sciences');
    expect(text('Why is Shenzhen said to have reached the road-safety level of advanced world cities?', 'en')).toContain('below 1');
    expect(answer('how many foreign residents live in sz', 'en').answered).toBe(false);
  });

  it('reads recs, takeaways and data flow as the report words them', () => {
    expect(text('any recs re: ppl who moved to sz from elsewhere to work', 'en')).toContain('newcomers who build Shenzhen');
    expect(text('what were the 3 big takeaways about how sz ran things in 2018', 'en')).toContain('three main features');
    expect(text('does the report say anything about making govt data flow between depts going forward', 'en')).toContain('data interconnection');
  });

  it('counts records of data only with 条, and reads 民办 as a word (no count of private schools)', () => {
    expect(answer('宝安区公共信用信息平台累计归集了多少条信用数据?').answered).toBe(false);
    expect(text('报告归纳2018年深圳社会治理的突出特点,总共列了几条?')).toContain('三个突出特点');
    expect(answer('2018年深圳义务教育阶段学校里有多少所是民办学校?').answered).toBe(false);
  });

  it('reads who asks ("As a parent I\'m curious:") as no part of the question, and "affordable/policy homes" as both', () => {
    expect(text("As a parent I'm curious: how many new public primary and secondary school places were added in 2018?", 'en')).toContain('63,000');
    expect(text('how many affordable/policy homes has sz handed out so far, roughly', 'en')).toContain('500,000');
    expect(text('whose speech n instructions r they telling sz govt to follow going forward', 'en')).toContain('Xi Jinping');
    expect(text("what's the '1+10+N' thing", 'en')).toContain('1+10+N');
  });

  it('refuses what another city did when the report only compares Shenzhen with it, and rents and fares', () => {
    expect(answer('what did guangzhou do for its social organisations in 2018?', 'en').answered).toBe(false);
    expect(text('How does Shenzhen stack up against Beijing, Shanghai and Guangzhou in social organisations per 10,000 residents?', 'en')).toContain('Beijing');
    expect(answer('公租房一个月房租多少').answered).toBe(false);
    expect(answer('深圳地铁票起步价几块').answered).toBe(false);
    expect(answer("How many of Shenzhen's 10,325 registered social organizations are trade associations?", 'en').answered).toBe(false);
  });

  it('answers "vs 2017" with the change on the year before, "which park?" at the end, and a metaphor asked', () => {
    expect(text("how much did sz's 110 crime+order reports drop vs 2017", 'en')).toContain('23.1%');
    expect(text("Longgang's example of industry-city integrated community governance is built around which park?", 'en')).toMatch(
      /^Longgang's Tian'an Cloud Park/,
    );
    expect(text("Futian's 'one center, five platforms, hundred systems' setup is meant to build what, metaphorically speaking?", 'en')).toContain(
      'district brain',
    );
    expect(text('Name the transport-sector association Yantian cites among its exemplary social groups.', 'en')).toContain('Container Trailer');
  });

  it('understands paraphrases a researcher would use: directions, attainment, multiple children, publish, dumped', () => {
    expect(text("Which three directions does Shenzhen's blueprint for youngsters rest on?", 'en')).toContain('three strategic pillars');
    expect(text('Which kinds of workers are most likely to raise multiple children?', 'en')).toContain('farmers');
    expect(text('When did SZ publish its blueprint for becoming a kid-friendly city?', 'en')).toContain('2018');
    expect(text("how much data's been dumped into the social governance big data db so far?", 'en')).toContain('15 billion');
    expect(text('规划里的策略体系包括啥？')).toContain('三大策略体系');
  });

  it('answers what a quoted means builds with the section\'s other name, and reads "using" as grammar', () => {
    expect(text("What does Futian say it is building with its 'one center, five platforms, hundred systems' setup?", 'en')).toMatch(
      /^It is creating a "district brain"/,
    );
    expect(text('Did Shenzhen make progress on the tech side of governance in 2018, like using data and smart systems?', 'en')).toContain('smarter');
  });

  it('reads "what are they trying to" as no list request, and stabilization and substantial as the report words them', () => {
    expect(engine.analyze('longhua pilots: what are they trying to turn the industrial neighbourhoods into?', 'en').asksWhichOnes).toBe(false);
    expect(text("Which three kinds of 'stabilization' made substantial progress in the housing sector?", 'en')).toContain('stabilising house prices');
  });

  it('keeps the review\'s cases right: Dapeng\'s survey, 分多少块钱, 三胎, "as a percentage", "issues", 2017 counts', () => {
    expect(text("What did Dapeng's two-child survey find?", 'en')).toContain('Dapeng New Area');
    expect(text('大鹏的二孩调查发现了什么?')).toContain('大鹏新区');
    expect(engine.analyze('每个家庭能分多少块钱补贴?', 'zh').text).not.toContain('板块');
    expect(answer('深圳三胎家庭多吗?').answered).toBe(false);
    expect(engine.analyze('As a percentage, how many students are dissatisfied with their grades?', 'en').asksPercent).toBe(true);
    expect(answer('What issues came up about the graduate school?', 'en').answered).toBe(false);
    expect(answer('2017年深圳接报了多少110警情?').answered).toBe(false);
    expect(engine.analyze('社区工作为什么难做?', 'zh').asksReason).toBe(true);
  });

  it('keeps Mandarin as it is when a question has no Cantonese marker (周边家庭, 联系哪个部门)', () => {
    expect(engine.analyze('联系哪个部门可以投诉', 'zh').text).toBe('联系哪个部门可以投诉');
    expect(engine.analyze('周边家庭有多少个孩子', 'zh').text).toBe('周边家庭有多少个孩子');
    expect(engine.analyze('政府给补贴就可以了吗', 'zh').text).toBe('政府给补贴就可以了吗');
    expect(engine.analyze('呢本藍皮書係邊間出版社出嘅?', 'zh').text).toBe('这本蓝皮书是哪间出版社出的?');
  });

  it('counts the noun after an owner or an adverb, and asks a two-word kind whole', () => {
    expect(text("How many of the city's registered non-profits are social associations?", 'en')).toContain('4,476 social groups');
    expect(text('How many officially registered community organisations does the city have?', 'en')).toContain('10,325');
    expect(text('Which publishing house is behind the blue book?', 'en')).toContain('Social Sciences Academic Press');
    // "哪两个领域": the fields are named without the word 领域.
    expect(text('报告说2018年公共服务里哪两个领域发展提速了?')).toContain('教育、医疗卫生事业发展提速');
  });

  it('knows everyday words for migrants, measuring, keeping data current, end-to-end and "going fwd"', () => {
    expect(text('What does the report want done about people who moved to Shenzhen to work and build the city?', 'en')).toContain(
      'newcomers who build Shenzhen',
    );
    expect(text("How did Yantian make social groups' role in governance measurable?", 'en')).toContain('quantified');
    expect(text("Is the city's governance database a one-off snapshot or is it kept up to date?", 'en')).toContain('dynamically updated');
    expect(
      text('With block data, what kind of cradle-to-grave handling does the city get for businesses from registration through to credit?', 'en'),
    ).toContain('big closed loop');
    expect(text('what does the report say about data for governance going fwd?', 'en')).toContain('data interconnection and sharing');
  });

  it('answers "the best X" only from a fact that names X, and still answers "who feel it the most"', () => {
    expect(answer("What's the best international school in Shenzhen?", 'en').answered).toBe(false);
    expect(text('Which students feel the homework burden the most, according to the survey?', 'en')).toContain('prestigious schools');
  });

  it("reads a two-character homophone typo as the report's word (锻练, 建意, 单为), not a grammar word", () => {
    expect(text('学生每天的锻练时间有啥变化?')).toContain('锻炼时间略有增加');
    expect(text('报告建意以后社会心里服务这块要咋搞')).toContain('健全社会心理服务体系');
    expect(engine.analyze('哪个单为编的', 'zh').words.map((w) => w.text)).toContain('单位');
    // 是在 and 都是 are grammar, not 市在 or 都市.
    expect(engine.analyze('本文是在哪一天发布的?', 'zh').words.map((w) => w.text)).toEqual(['本文', '发布']);
  });

  it('reads "per 10,000" as 每万, and an English question quoting a Chinese term as English', () => {
    expect(text('How many registered social orgs did Shenzhen have per 10,000 residents in 2018?', 'en')).toContain('7.93');
    expect(text('Per 10,000 residents, Shenzhen now has more social organizations than which other cities?', 'en')).toContain('Beijing');
    expect(detectLocale("What's the NGO sector's current phase, the one described as '降速提质'?")).toBe('en');
  });

  it('reads chat shorthand for names and "+", and knows a full name is quoted (《…》)', () => {
    expect(text('anyone know what happened w the CAS tech uni in sz', 'en')).toContain('formally signed');
    expect(text('how many affordable + policy homes has sz handed out in total so far', 'en')).toContain('500,000');
    expect(text('深圳是不是出了个全国首个统一地址的标准?全名叫啥')).toContain('《社会管理要素统一地址规范》');
    expect(text("anyone know which year's data the report actually looks at", 'en')).toContain('in 2018');
    expect(text('Which group of people who come to work in Shenzhen does the report want to give more of a say in running things?', 'en')).toContain(
      'newcomers who build Shenzhen',
    );
    expect(answer("who's the party secretary of shenzhen", 'en').answered).toBe(false);
  });

  it('makes no forecasts, and reads a police report as an incident, 谁家 as "whose" and "actual" as no subject', () => {
    expect(answer('will the child friendly city plan actually work tho', 'en').answered).toBe(false);
    expect(answer('深圳什么时候能取消住房限购?').answered).toBe(false);
    expect(answer('When will the Shenzhen-Zhongshan bridge open?', 'en').answered).toBe(false);
    expect(answer("What were Shenzhen's 110 police report figures for 2019?", 'en').answered).toBe(false);
    expect(text('二孩调查里,户籍居民和非深户籍居民谁家孩子更多?')).toContain('非深户籍居民比户籍居民拥有的子女数量更多');
    expect(text('shenzhen became the first big city in china to get some traffic death rate under 1 — what was the actual number?', 'en')).toContain('0.86');
  });

  it('reads "offering" as framing: schools offering compulsory education are the 652', () => {
    expect(text('How many schools offering compulsory education did Shenzhen have in 2018?', 'en')).toContain('652');
  });

  it('needs a required term of the lexicon as a phrase: "public rental housing" is not "public housing" and "rental"', () => {
    expect(answer('How many public rental housing units were completed in Shenzhen in 2018?', 'en').answered).toBe(false);
    expect(text('what did yantian set up to link civil society groups with the govt', 'en')).toContain('hub organisations');
  });

  it('knows "came up with" and "data-driven" as everyday words for the report\'s', () => {
    expect(text('The report came out in 2019, but which year does it mainly look back on?', 'en')).toContain('in 2018');
    expect(text('What nickname does Futian give to the data-driven command system that steers its district?', 'en')).toContain('Futian');
  });

  it('keeps a phrasal verb\'s particle (put into ≠ put off ≠ put out) and reads what comes before "but" as context', () => {
    const alternatives = (q: string) => engine.analyze(q, 'en').words[0]?.alternatives ?? [];
    expect(alternatives('put into')).toContain('imported');
    expect(alternatives('put into')).not.toContain('published');
    expect(alternatives('put off')).not.toContain('imported');
    const words = engine.analyze('The report came out in 2019, but which year does it mainly look back on?', 'en').words;
    expect(words.find((w) => w.text === 'came out')?.framing).toBe(true);
  });

  it('gives no opinion on what a group chat thinks ("大家觉得深圳比广州好吗")', () => {
    expect(answer('大家觉得深圳比广州好吗').answered).toBe(false);
    expect(answer('你们觉得深圳的房价会降吗').answered).toBe(false);
  });

  it('answers a rate asked only with a rate or a share, and a count of new things only with new things', () => {
    expect(answer('大鹏新区的生育率具体是多少').answered).toBe(false);
    expect(answer("What's the fertility rate in Dapeng New Area?", 'en').answered).toBe(false);
    expect(answer('深圳2018年新增了多少个社会组织?').answered).toBe(false);
    expect(text('公交分担率是多少?')).toContain('60.5%');
    expect(text('what was the traffic death rate?', 'en')).toContain('0.86');
  });

  it('reads chat filler, "best for" opinions and 导进去', () => {
    expect(text('话说那本深圳蓝皮书是谁编的啊')).toContain('深圳市社会科学院');
    expect(text('大数据库里一共导进去多少条数据?')).toContain('150多亿条');
    expect(answer('which sz hospital is best for kids lol', 'en').answered).toBe(false);
    expect(answer('Is Shenzhen a good place to retire?', 'en').answered).toBe(false);
  });

  it('knows plain words a newcomer uses: daily lives, a good job, go down, safer', () => {
    expect(text("How much money did the city spend on things for ordinary people's daily lives?", 'en')).toContain('277.2 billion');
    expect(text('Do people think the police do a good job there?', 'en')).toContain('first');
    expect(text('did crime go down in shenzhen?', 'en')).toContain('157,000');
  });

  it('reads chat about the article and its parts: "yo … lol", "which site posted this", 分哪几块, assoc', () => {
    expect(text('yo which site posted this lol', 'en')).toContain('Shensi Net');
    expect(text('what time was it posted, like actual clock time?', 'en')).toContain('17:54');
    expect(text('報告一共分哪幾塊啊?隨便說幾個')).toContain('党建引领');
    expect(text('which trucking assoc is doing dispute stuff in yantian?', 'en')).toContain('Container Trailer Transport Association');
    expect(text('社会组织的基层党组织数量比2015年涨了多少?')).toContain('335%');
  });

  it('answers 全称 with the quoted full name, and 18年 as 2018', () => {
    expect(text('这份报告的全称叫什么?')).toContain('《深圳蓝皮书:深圳社会治理与发展报告(2019)》');
    expect(text('深圳给每栋楼编码出了个什么标准,全称是?')).toContain('《社会管理要素统一地址规范》');
    expect(answer('深圳18年人均GDP多少啊').answered).toBe(false);
    expect(text('18年深圳新增了多少张病床?')).toContain('2555');
  });

  it('reads digits as the number words of a name the question already says (1 centre, 5 platforms)', () => {
    expect(text('whats the nickname for the system futian is bulding with its 1 centre, 5 platforms and 100 systems?', 'en')).toContain('district brain');
  });

  it('counts "grid workers" only where grid is named, and still counts school seats', () => {
    expect(answer('How many grid workers does Shenzhen employ?', 'en').answered).toBe(false);
    expect(text('how many new public primary/middle school seats in 2018?', 'en')).toContain('63,000');
  });

  it('gives the fall in criminal reports alone when criminal cases are asked', () => {
    expect(text('criminal cases fell by how much?', 'en')).toContain('12.2%');
  });

  it('reads data entries as records, "what %" as a share, an adverb as the end of the thing asked', () => {
    expect(text('Roughly how many data entries had been loded into the governance database?', 'en')).toContain('15 billion');
    expect(answer('what % of dapeng families have 2+ kids', 'en').answered).toBe(false);
    expect(text("What is the 'block data' physically organised around?", 'en')).toContain('buildings');
    expect(text('Which students feel the heaviest load, according to the survey?', 'en')).toContain('prestigious schools');
    expect(answer('你个人支持全面二孩政策吗?').answered).toBe(false);
  });

  it('reads "ok so", "the report has how many parts", a closing 说几个, 生活保障 and "which group of"', () => {
    expect(text('ok so the report has how many parts?', 'en')).toContain('six parts');
    expect(text('兒童友好試點選了哪6個領域?說幾個')).toContain('图书馆');
    expect(text('深圳2018年花在老百姓生活保障上的钱有多少?')).toContain('2772亿元');
    expect(text('Shenzen was the frist among which group of cities to set up such a database?', 'en')).toContain('first-tier cities');
  });

  it('answers "which step" (哪个环节) with the step, and reads "when it comes to" as no time asked', () => {
    expect(text('社会组织党建是把党建信息嵌到哪个环节里去的?')).toContain('登记');
    expect(text('When it comes to party-building in social organisations, at which step did Shenzhen embed the party info?', 'en')).toContain('registration');
  });

  it('keeps the review\'s cases of 0.6.0 right: 几点, 连续12年, 率先, "rate" as a verb, "but how many", plans, most, typos', () => {
    expect(text('报告的对策建议有几点?')).toContain('对策建议');
    expect(text('深圳率先联通了多少家市直部门?')).toContain('33');
    expect(text('近10年深圳治安警情降了多少?')).toContain('23.1%');
    expect(text('深圳的公安工作满意度排名比群众安全感排名好吗?')).toContain('满意度排名第一');
    expect(text('深圳新增了病床,但是多少张?')).toContain('2555');
    expect(text('What did parents rate as the main source of study pressure?', 'en')).toContain("Parents' expectations");
    expect(text('I know Shenzhen added hospital beds in 2018, but how many?', 'en')).toContain('2,555');
    expect(text('When will the child-friendly city strategic plan end?', 'en')).toContain('2018-2035');
    expect(text('Which of the survey findings was the most worrying for parents?', 'en')).toContain("Parents' expectations");
    expect(answer('深圳社会治理有什么新鲜做法?').answered).toBe(false);
  });

  it("reads a clause about the asker as context, not as the question's subject", () => {
    expect(text('我同事在写材料, 报告里儿童友好试点选了哪几个领域?')).toContain('图书馆');
    expect(text('My boss needs this for a slide. Which publisher put the report out?', 'en')).toContain('Social Sciences Academic Press');
    expect(text('I thought a 2019 book would look at 2019, but which year does it look back on?', 'en')).toContain('in 2018');
    expect(text('which areas did they choose for child-friendly pilots?', 'en')).toContain('libraries');
    // NOTE: context that tells the asker's own situation still leaves advice unanswered.
    expect(answer('我在深圳上班,该买房还是租房?').answered).toBe(false);
    expect(answer('给我点建议,深圳哪里租房便宜').answered).toBe(false);
  });

  it('answers "name a few" with names and "which services" past the count of bases', () => {
    expect(text('盐田有一批社会组织很出名,举几个名字?')).toContain('集装箱拖车运输协会');
    expect(text('龙岗天安云谷打造了“一中心四基地”,给企业、党员和群众提供的是哪几种服务?')).toContain('零距离');
  });

  it('refuses a district, an author or a survey body the report does not name', () => {
    expect(answer('which district ranked first for police satisfaction?', 'en').answered).toBe(false);
    expect(answer('哪个区的群众安全感最高?').answered).toBe(false);
    expect(text('which district pioneered block data pilots?', 'en')).toContain("Bao'an");
    expect(answer('who are the lead authors of the blue book', 'en').answered).toBe(false);
    expect(text('who are the authors of the report?', 'en')).toContain('Academy of Social Sciences');
    expect(text('这本蓝皮书是谁写的?')).toContain('深圳市社会科学院');
    expect(answer('Which organisation conducted the homework survey?', 'en').answered).toBe(false);
    expect(answer('作业调查是哪个机构做的?').answered).toBe(false);
  });

  it('refuses the thing asked when the fact about the subject lacks it, and reads idioms of share and role', () => {
    // NOTE: the train's fact names no line; a rail fact that names lines is about something else.
    expect(answer('which subway line does the child-friendly metro train run on?', 'en').answered).toBe(false);
    expect(text('how big a slice of new housing is public rental?', 'en')).toContain('public rental housing 20%');
    expect(text("Besides mediating disputes, what other field did Yantian's NGOs make their mark in?", 'en')).toContain('mental health');
    expect(text('There is a term for overseeing firms from registration to credit in one continuous cycle. What is it?', 'en')).toContain('big closed loop');
  });

  it('knows the others asked for are not given when the question names the listed ones by short names', () => {
    expect(answer('4所大学入选了省高水平大学计划,除了深大和南科大,另外两所是哪两所?').answered).toBe(false);
    expect(text("What did the '多元混治' (messy multi-party rule) turn into?", 'en')).toContain('one core, many actors');
  });

  it('reads money put into something as money spent on it', () => {
    expect(text('how much money did the city pour into livelihoods?', 'en')).toContain('277.2 billion');
    expect(text('how much data was put into the database?', 'en')).not.toContain('277.2 billion');
  });

  it('answers two questions in one when each names its own subject', () => {
    const both = text('深圳的三甲医院一共有多少家?社会组织又有多少个?');
    expect(both).toContain('18家');
    expect(both).toContain('10325个');
    expect(text('Who put this blue book together?', 'en')).toContain('Academy of Social Sciences');
  });

  it('gives no recommendations of its own', () => {
    expect(answer('福田有什么好吃的推荐一下?').answered).toBe(false);
    expect(answer('Any recommendations?', 'en').answered).toBe(false);
    expect(text('What recommendations does the report make?', 'en')).toContain('proposes');
  });

  it('reads the thing counted before "broke ground" and a one-character kind asked (哪条线)', () => {
    expect(text('How many units of old-neighbourhood renovation broke ground?', 'en')).toContain('7,890');
    expect(answer('儿童友好地铁专列跑的是哪条线?').answered).toBe(false);
  });

  it('reads "get a say in" as taking part', () => {
    expect(text('do children have any say in community affairs?', 'en')).toContain('community public affairs');
    expect(text('are children getting a say in how the city is run?', 'en')).toContain('community public affairs');
    expect(text("What governance model did they work out at the Tian'an Cloud Park?", 'en')).toContain('pooled resources');
  });

  it('refuses arrests and solved cases, which the report does not count, but answers reported crimes', () => {
    expect(answer('深圳去年抓获了多少名犯罪嫌疑人?').answered).toBe(false);
    expect(answer('How many crimes did the Shenzhen police solve last year?', 'en').answered).toBe(false);
    expect(answer('How many people did the police arrest in 2018?', 'en').answered).toBe(false);
    // NOTE: the report counts criminal and public-order reports only together: the count is offered as related.
    const crimes = answer('how many crimes were reported to the police in 2018?', 'en');
    expect(crimes.answered).toBe(false);
    expect(crimes.related.map((f) => f.id)).toContain('safety-01');
    expect(text('how many crime and public-order reports did the police get in 2018?', 'en')).toContain('157,000');
    expect(text('What problem did the housing reform try to solve?', 'en')).toContain('somewhere to live');
    expect(text('Which league tables show how congested Shenzhen is?', 'en')).toContain('Baidu');
  });

  it('finds a clause by the subject of the clause before it (the plan, the reform) and the edition by its year', () => {
    expect(text('儿童友好型城市战略规划在全国是什么地位?')).toContain('全国首部');
    expect(text("What's the housing reform trying to fix?", 'en')).toContain('somewhere to live');
    expect(text('The 2019 edition reviews which year?', 'en')).toContain('in 2018');
    expect(text('The title says 2019, so it is basically a review of what happened during 2019, right?', 'en')).toContain('in 2018');
    // NOTE: "looks at" reviews only when the report does it ("looking after kids" is no review).
    expect(text('The title says 2019, so the book reviews 2019?', 'en')).toContain('in 2018');
    expect(text('which year does the report look at?', 'en')).toContain('in 2018');
  });

  it('reads 该往哪使劲 as where to step up efforts and 多不多 as how many', () => {
    expect(text('社会治理下一步该往哪发力?')).toContain('公共安全体系建设');
    expect(text('提供午餐午休的学校多不多?')).toContain('75%');
  });

  it('reads a check of what the asker says (对吧, 没错吧) as no subject, and "which ones" as a list', () => {
    expect(text('地铁日均客流是519万人次,对吧?')).toContain('519万人次');
    expect(text('Four universities made the high-level plan. Which ones are named?', 'en')).toContain('Shenzhen University');
  });

  it('reads "what is the point of X" as asking why, not for a point', () => {
    expect(text('What is the point of the standard address library?', 'en')).toContain('foundation');
  });

  it('reads Cantonese chat (嘅, 喺, 边个, 咩, 咗, 几时) as Mandarin', () => {
    expect(text('块数据综合试点系喺边几个区搞嘅?')).toContain('福田');
    expect(text('报告对深圳接落嚟嘅社会建设提咗咩建议?')).toContain('公共安全体系建设');
    expect(answer('深圳技术大学校长系边个?').answered).toBe(false);
    expect(answer('坪山嗰个社会心理服务中心地址喺边?').answered).toBe(false);
    expect(answer('坪山区社会心理服务中心在什么地址?').answered).toBe(false);
    expect(text('统一地址规范是什么?')).toContain('统一地址规范');
    expect(text('深圳出台了什么地址规范?')).toContain('统一地址规范');
    // NOTE: Mandarin words with 系 and 边 stay as they are.
    expect(text('社会心理服务体系是怎么构建的?')).toContain('12345');
  });

  it('reads chat English: "got how many part", "sort out" a year', () => {
    expect(text('report got how many part? list them pls', 'en')).toContain('six parts');
    expect(text('the report mainly sort out which year?', 'en')).toContain('in 2018');
  });

  it('drops a guess the asker denies (不是在罗湖搞的吧) and a closing "is that right?"', () => {
    expect(text('块数据试点不是在罗湖搞的吧?到底在哪几个区?')).toContain('福田');
    expect(text('The metro carries 5.19 million trips a day, is that right?', 'en')).toContain('5.19 million');
  });

  it('reads "what other X" as asking for the rest of a list', () => {
    expect(text('Besides Party-building and livelihood protection, what other chunks is the report split into?', 'en')).toContain('special studies');
    expect(answer('Besides Shenzhen University and SUSTech, which other two universities made the list?', 'en').answered).toBe(false);
  });

  it('checks the change a yes-no question guesses instead of requiring it', () => {
    expect(text('作业这么多,学生的学习兴趣是不是也下降了?')).toContain('学习兴趣有所提升');
    expect(text('报告的板块里除了党建引领,还有哪几块?')).toContain('专题研究');
  });

  it('reads options the asker guesses, and a place checked before "which districts", as guesses', () => {
    expect(text('Who actually compiled it? some govt think tank or a uni?', 'en')).toContain('Shenzhen Academy of Social Sciences');
    expect(text('谁编的?政府智库还是高校?')).toContain('深圳市社会科学院');
    expect(text('块数据综合试点有没有在罗湖区搞?到底是哪几个区?')).toContain('福田、南山、宝安');
  });

  it('reads "那篇报道" as the article, and a request for one-liners or a few key points as asking', () => {
    expect(text('群里转的那篇报道是几号发出来的?')).toContain('2019-10-25');
    expect(text("need a one-liner each on the three headline traits of shenzhen's social governance in 2018", 'en')).toContain('three main features');
    expect(text('報告對深圳下一步社會建設提了哪些方面的建議?挑幾個重點說說')).toContain('公共安全体系建设');
  });

  it('answers two counts in one question part by part, and only when both parts are answered', () => {
    const both = answer('医疗这块去年新增病床多少张?新增了几家三甲和三级医院?', 'zh');
    expect(both.answered).toBe(true);
    expect(both.facts.map((f) => f.zh).join(' ')).toMatch(/2555张[\s\S]*8家三甲/);
    expect(answer('深圳新增病床多少张?广州新增了多少张?', 'zh').answered).toBe(false);
    expect(answer('坪山区那个社会心理服务中心在哪?电话多少?', 'zh').answered).toBe(false);
  });

  it('finds the database by the names askers give it, for its records and its resources', () => {
    expect(text("ballpark how many records have been poured into the city's governance data warehouse by end of 2018?", 'en')).toContain('15 billion');
    expect(text('that giant goverment database for running the city - how many info resource items does it hold altogether?', 'en')).toContain('9,711');
  });

  it('reads "the X side of things", "how safe people feel" and "ordinary folks"', () => {
    expect(text('apart from the party-and-public service centers, what online system did they roll out for the party side of things?', 'en')).toContain(
      'smart Party-building',
    );
    expect(text('And where did Shenzhen place for how safe ordinary folks feel?', 'en')).toContain('ranked second');
  });

  it('checks what a yes-no question guesses a thing was about against the fact on that thing', () => {
    expect(text("Did the report say the first standout feature of Shenzhen's social governance in 2018 was about economic growth?", 'en')).toContain(
      'jointly built, jointly governed',
    );
  });

  it('knows a milestone and a chain of levels in everyday words', () => {
    expect(text('Shenzhen Technology University — what milestone did it reach in 2018?', 'en')).toContain('formally established');
    expect(text('the party-building chain links city, district and which other levels? how many levels total?', 'en')).toContain('subdistrict and community');
  });

  it('refuses a national rank of a figure ranked within the province, and a share or an exact count the report does not give', () => {
    expect(answer('Where does Shenzhen rank nationally — not just within Guangdong — on public security satisfaction?', 'en').answered).toBe(false);
    expect(answer('深圳群众安全感在全国排第几?', 'zh').answered).toBe(false);
    expect(text('深圳群众安全感排第几?')).toContain('排名全省第二');
    expect(answer('大鹏二孩调查里,已经生了二孩的家庭占比是多少?', 'zh').answered).toBe(false);
    expect(answer('How many individual people died in road accidents in Shenzhen in 2018, exactly?', 'en').answered).toBe(false);
  });

  it('refuses a list of names (名单, 列出来) of things the report only counts', () => {
    expect(answer('福田那102个数据应用,能把具体名单列出来吗?', 'zh').answered).toBe(false);
    expect(text('福田那102个数据应用是啥意思?')).toContain('102个具体数据应用');
  });

  it('answers "A、B各有多少" with a count for each', () => {
    const each = answer('截至2018年全市三级医院、三甲医院各有多少家?', 'zh')
      .facts.map((f) => f.zh)
      .join(' ');
    expect(each).toContain('42家');
    expect(each).toContain('18家');
  });

  it('reads "who is X aimed at" as asking the group it serves, not an office holder', () => {
    expect(text("who is longhua's social governance model mainly aimed at?", 'en')).toContain('migrants');
  });

  it('keeps the questions the review of these rules found broken answered right', () => {
    // national wording without a rank asked, "how many … felt", "about" a number, options naming the subject
    expect(text('安全感测评是全国的吗?')).toContain('85.63');
    expect(answer('How many students felt dissatisfied with their grades?', 'en').answered).toBe(false);
    expect(text("Does the report say the homework burden is related to parents' expectations?", 'en')).toMatch(/parent/i);
    expect(text('Did the report say road deaths were about 1 per 10,000 vehicles?', 'en')).toContain('0.86');
    expect(text('When was the survey done? homework or two-child?', 'en')).toMatch(/homework/i);
    // 列出来 of a number, "exactly" in another clause, idioms with "side", a summary asked for
    expect(text('医疗方面新增了多少病床?列出来')).toContain('2555');
    expect(text('How many road deaths were there, and what exactly caused the drop?', 'en')).toContain('300');
    expect(answer('What happened on the education front in 2018?', 'en').facts.map((f) => f.id)).not.toContain('twochild-02');
    expect(answer('What about the flip side of it - were there problems?', 'en').answered).toBe(false);
    expect(answer('give me a summary of the report', 'en').answered).toBe(true);
    // the article's headline, the database itself, a part answered more loosely than the whole
    expect(text('What did the headline say?', 'en')).toContain('Headline:');
    expect(text('What is the city governance database?', 'en')).toContain('dynamically updated');
    expect(answer('私立医院新增病床多少张?新增了几家三甲医院?', 'zh').answered).toBe(false);
    expect(text('三级医院和三甲医院各有多少家医院?')).toContain('42家');
    expect(text('深圳人出门靠公交地铁的比例有多高?报告里有数吗')).toContain('60.5%');
  });

  it('answers what a figure of the report is when asked about the figure itself', () => {
    expect(text('2772亿是啥数字?')).toContain('民生');
    expect(text('75%这个比例在报告里说的是什么?')).toContain('午餐午休');
    expect(text('What does the 5.19 million figure measure?', 'en')).toContain('metro');
    expect(text("what's the 10,325 about?", 'en')).toContain('social organisations');
    // NOTE: a clause that goes on from the one before comes with it.
    expect(answer("what's the 335% about?", 'en').facts.map((f) => f.id)).toEqual(['orgs-08', 'orgs-09']);
    // a figure the report does not give, or a common one, is no lookup
    expect(answer('12345678是啥数字?', 'zh').answered).toBe(false);
  });

  it('reads formal Chinese: "X为何" asks what X is (or how much), 何种 is 什么', () => {
    expect(text('據該報導,這本藍皮書的完整書名為何?')).toContain('深圳社会治理与发展报告');
    expect(text('请问2018年深圳九大类民生支出总额为何,占一般公共预算支出的比重又是多少?')).toContain('2772亿元');
    expect(answer('据该报告,社会治理大数据库累计汇入的数据条数与信息资源项数分别为何?', 'zh').answered).toBe(true);
    expect(answer('龙华区六个试点产业社区的具体名称分别为何?', 'zh').answered).toBe(false);
    expect(text('为何要建设儿童友好型城市?')).not.toContain('报告没有提到');
  });

  it('reads formal English: frame words (aggregate, pertain, foreground, underpin), i.e., outlay, repository, psychosocial', () => {
    expect(text('What was the aggregate fiscal outlay on welfare-related service provision in 2018?', 'en')).toContain('277.2 billion');
    expect(text('How is the volume structured, i.e. into how many thematic parts, and what are they?', 'en')).toContain('six parts');
    expect(text("Which salient characteristics of Shenzhen's 2018 governance landscape does the report foreground?", 'en')).toContain('three main features');
    expect(text("Among the 'five shifts', the earlier reliance on model exemplars gave way to what?", 'en')).toContain('leading by standards');
    expect(text("Relative to which peer cities does Shenzhen's NGO density per 10,000 residents come out ahead?", 'en')).toContain('Guangzhou');
    expect(text("Which four mechanisms underpin Pingshan's psychosocial service architecture?", 'en')).toMatch(/psycholog/i);
    expect(text("Although published in 2019, which calendar year's social governance does the report primarily review?", 'en')).toContain('in 2018');
  });

  it('reads "the total volume of X" as their number, "how many agencies\' datasets" as counting the agencies, and "pertain to" as cover', () => {
    expect(text('What was the total volume of criminal and public-order incident reports via the 110 hotline in 2018?', 'en')).toContain('157,000');
    expect(text("With how many municipal agencies' operational datasets is the governance data repository interconnected?", 'en')).toContain(
      '33 city departments',
    );
    expect(text("To which calendar year do the report's empirical observations primarily pertain?", 'en')).toContain('in 2018');
  });

  it('reads chat around the question: a remark after it, tl;dr, big trends, keeping tabs, splashing out', () => {
    expect(text('现在深圳三甲医院一共几家?看病总是排长队')).toContain('18家');
    expect(text('How many tier-3 hospitals does Shenzhen have now? The GP queues are mental', 'en')).toContain('42');
    expect(text('tl;dr - what did the report reckon were the big trends in Shenzhen in 2018?', 'en')).toContain('three main features');
    expect(text("How much did Shenzhen splash out on people's livelihoods in 2018?", 'en')).toContain('277.2 billion');
    expect(text('How does the block-data setup help keep tabs on companies from registration all the way to their credit record?', 'en')).toContain(
      'closed loop',
    );
  });

  it('reads "which place does X treat as" as no rank, and answers two questions about the article part by part', () => {
    expect(text('Which place does Luohu treat as the smallest unit for neighbourhood governance?', 'en')).toContain('residential compound');
    expect(text('What place did Shenzhen get in the police satisfaction survey?', 'en')).toContain('second');
    const both = answer('這篇文章是哪個網站發的?編輯是誰?', 'zh')
      .facts.map((f) => f.zh)
      .join(' ');
    expect(both).toContain('深思网');
    expect(both).toContain('战旗');
  });

  it('checks a "true or false" claim by the fact on its subject, whatever figure or year it gives', () => {
    expect(text('True or false: Shenzhen ended 2018 with 20 top-grade (3A) hospitals.', 'en')).toContain('rose to 18');
    expect(text('True or false: the child-friendly city strategic plan covers 2018 to 2030.', 'en')).toContain('Strategic Plan');
    // NOTE: a subject the report has nothing on stays required, and the fact must hold all the claim names.
    expect(answer("True or false: one of the report's three highlights is that Shenzhen's GDP growth sped up.", 'en').answered).toBe(false);
    expect(answer("True or false: Shenzhen's air quality improved in 2018.", 'en').answered).toBe(false);
    expect(answer("What was Shenzhen's GDP growth in 2018?", 'en').answered).toBe(false);
  });

  it('reads "the trends the authors spotted" as what the report found', () => {
    expect(text('Of the three headline trends the authors spotted in 2018, what was the first one?', 'en')).toContain('jointly built');
  });

  it('reads "how many X staff/run Y" as counting X', () => {
    expect(answer("How many psychologists staff Pingshan's district psychological service centre?", 'en').answered).toBe(false);
    expect(text('how many of those nonprofit service outfits run by private folks (not govt, not businesses) does sz have', 'en')).toMatch(
      /private non-enterprise|民办非企业/,
    );
  });

  it('finds clauses that go on from the one before by its subject (the district brain, the big closed loop), and 有啥关系 as a relation', () => {
    expect(text('请问福田区借助大数据手段意在打造的是什么?')).toContain('城区大脑');
    expect(text('块数据的法人治理模式里说的“大闭环”指的是啥?')).toContain('大闭环');
    expect(text('大鹏那个二孩调查里,学历高低跟生孩子多少有啥关系?')).toContain('学历越高');
  });

  it('keeps the questions the review of the figure lookup and the formal-English rules found broken answered right', () => {
    // everyday numbers and other units are no figure of the report
    for (const q of ['18岁是什么意思?', '300路是什么?', '12345热线是啥?', '2772万是啥数字?', '23.1万是什么?', '25号是啥?'])
      expect(answer(q, 'zh').answered, q).toBe(false);
    // "trends in <subject>" keeps its subject
    expect(text('What were the key trends in the homework burden survey?', 'en')).toMatch(/homework/i);
    expect(text('What are the main trends in family size in Dapeng?', 'en')).toContain('Dapeng');
    // 为何 after 这是 or a comma asks why
    expect(answer('深圳三级医院增加到42家,这是为何?', 'zh').answered).toBe(false);
    expect(answer('社会组织改革进入降速提质阶段,为何?', 'zh').answered).toBe(false);
    // a clause narrowing the question is no remark
    expect(answer('What are the five shifts? Especially the one about standards', 'en').facts[0]?.id).toBe('party-03');
    // two questions from different sections are not pasted together
    expect(answer('Which website ran this article? What are the three features?', 'en').facts.map((f) => f.id)).not.toEqual(['meta-03', 'features-01']);
    // volume of ridership; words of the facts themselves are no frame words
    expect(text('What was the volume of metro ridership?', 'en')).toContain('5.19 million');
    expect(answer('Which group does Longhua treat as key?', 'en').facts[0]?.id).toBe('longhua-02');
    expect(answer('Whose operational data is in the database?', 'en').facts[0]?.id).toBe('big-data-02');
    expect(text('How big is the non-profit sector in Shenzhen?', 'en')).toContain('10,325');
  });

  it('reads who edited the article, how the report is cut up, what it wants focused on, po出来, and a superlative adverb', () => {
    expect(text('who edited this news piece on the site? name pls', 'en')).toContain('Zhan Qi');
    expect(text('The report is cut into how many big part, and what they called?', 'en')).toContain('six parts');
    expect(text('Can someone summarize how the report is organized? like what are the main parts', 'en')).toContain('six parts');
    expect(text('@bot what does the report want Shenzhen to focus on from here?', 'en')).toMatch(/calls for|recommend/i);
    expect(text('这篇讲深圳social governance报告的文章,最早是哪个网站po出来的?')).toContain('深思网');
    expect(text('Which kids feel the homework pressure the worst according to the survey?', 'en')).toContain('prestigious schools');
  });

  it('does not give a figure counted for two things together as the count of one of them', () => {
    expect(answer('去年深圳刑事警情具体接报了多少宗?', 'zh').answered).toBe(false);
    expect(answer('How many criminal cases (actual count, not percent) were reported to 110 in Shenzhen last year?', 'en').answered).toBe(false);
    expect(text('2018年深圳刑事治安警情接报多少?')).toContain('15.7万件');
    expect(text('110警情一共多少件?')).toContain('15.7万件');
    expect(text('刑事警情下降了多少?')).toContain('12.2%');
  });

  it("reads pinyin terms as the report's whole words, not as misspelt English or a piece of a longer word", () => {
    expect(text('Luohu let wuye (property service companies) join governance, what did they do?', 'en')).toContain('property');
    expect(answer('大鹏那个二孩调查,学历高低跟生几个小孩有啥关系?', 'zh').facts.map((f) => f.id)).toContain('twochild-02');
  });

  it('keeps the questions the review of the counted-together parts, pinyin and recommendation rules found broken answered right', () => {
    // a part's count refused whichever fact ranks first; both parts, the police or law and order are no part
    expect(answer('How many public-order reports were there?', 'en').answered).toBe(false);
    expect(answer('How many crime reports were there in 2018?', 'en').answered).toBe(false);
    expect(text('How many law and order incidents were reported to 110?', 'en')).toContain('157,000');
    expect(text('社会治安方面，110接报警情多少宗')).toContain('15.7万件');
    expect(text('2018年深圳110接到的刑事治安类警情大概有多少件?')).toContain('15.7万件');
    // forecasts and survey questions are no request for recommendations
    expect(answer('what does it expect the birth rate to do next?', 'en').answered).toBe(false);
    expect(text('What do they expect prices to do?', 'en')).toMatch(/house prices/i);
    // spelling correction and the most used word of a sound
    expect(text('What did Luohe district do?', 'en')).toContain('Luohu');
    expect(text('what about minsheng fuzhi', 'en')).toMatch(/livelihood/i);
    // a superlative of a frame noun names nothing the report ranks
    expect(answer('What is the biggest initiative the report mentions?', 'en').answered).toBe(false);
  });

  it('reads 几大板块 and 全书, "looking back at", people\'s welfare, spending by a district, 几折, and refuses another edition', () => {
    expect(text('报告全书一共分了几大板块,分别叫啥?')).toContain('六个板块');
    expect(text('The 2019 report is mainly looking back at which year?', 'en')).toContain('in 2018');
    expect(text("besides party building and people's welfare, what other parts does the report have?", 'en')).toContain('six parts');
    expect(answer("How much did Bao'an spend on building its public credit platform?", 'en').answered).toBe(false);
    expect(answer('深圳公租房的租金大概是市场价的几折?', 'zh').answered).toBe(false);
    expect(answer("what did last year's edition of the blue book (the 2018 one) say about crime?", 'en').answered).toBe(false);
    expect(answer('上一本蓝皮书说了什么?', 'zh').answered).toBe(false);
    expect(text('What does the 2019 edition say about NGOs?', 'en')).toContain('10,325');
    expect(text('这份蓝皮书的内容一共划成了几大块?')).toContain('六个板块');
  });

  it('reads a hyphenated subject in the asking clause as its own (so a clause about the asker frames), and prep as preparatory', () => {
    expect(text("What do they call Shenzhen's grassroots Party-building model? I think it has a plus sign in it.", 'en')).toContain('standard+');
    expect(text('whats up with shenzhen technology univ, is it a real uni now or still in prep?', 'en')).toContain('preparatory');
  });

  it('reads fine-tuning as optimisation', () => {
    expect(text('Does the report say grid management needs fine-tuning?', 'en')).toContain('optimisation of grassroots grid management');
  });

  it('respells a homophone typo beside a grammar character (单为|到)', () => {
    expect(text('民办非企业单为到2018年底有多少个?')).toContain('民办非企业单位5495个');
  });

  it('keeps questions the review found broken by this change answered right', () => {
    // NOTE: the report's own recommendations are no personal advice.
    expect(text('Does the report make any recommendations?', 'en')).toContain('proposes');
    expect(text('报告有没有推荐什么对策?')).toContain('建议');
    // NOTE: 对不诚信 is "towards the dishonest", no "right?".
    expect(text('深圳对不诚信的企业有什么惩戒措施?')).toContain('失信者寸步难行');
    // NOTE: 边个区 is 哪个区; Mandarin 路边几个 and 周边几个 stay as they are.
    expect(answer('边个区嘅群众安全感最高?').answered).toBe(false);
    expect(answer('哪个区的社会治理创新发展情况最好?').answered).toBe(false);
    // NOTE: the standard address is the report's topic, not a contact detail.
    expect(text('标准地址是什么?')).toContain('地址');
    expect(answer('深圳的三甲医院不是私立的吧?').answered).toBe(false);
    // NOTE: a whole answer with three facts keeps them all.
    expect(answer('社会治理呈现哪三个突出特点?报告是谁编的?').facts.map((f) => f.id)).toEqual(['features-01', 'features-02', 'features-03', 'features-04']);
    expect(answer('How many charts are in the report?', 'en').answered).toBe(false);
  });

  it('answers "which city came first" only with a first for what is asked', () => {
    expect(answer('Which city came first overall in the Guangdong public safety survey?', 'en').answered).toBe(false);
    expect(text('which city ranked first for police satisfaction in Guangdong?', 'en')).toContain('first for satisfaction');
    expect(text('Which city was the first in China to propose building a child-friendly city?', 'en')).toContain('Shenzhen was the first');
  });

  it('reads the driving main axis with the clause it comes from (the four levels linked)', () => {
    const axis = text("What is the 'power axis' in party building made of?", 'en');
    expect(axis).toContain('four levels');
    expect(axis).toContain('driving main axis');
  });

  it('knows everyday words for 多元混治 (a mess of many players)', () => {
    expect(text('what replaced the messy setup where many players governed?', 'en')).toContain('one core, many actors');
  });

  it('reads "used as a case study" as no subject of its own', () => {
    expect(text('Which park in Longgang is used as a case study?', 'en')).toContain("Tian'an Cloud Park");
  });

  it('finds the supply structure by the new homes it shares out', () => {
    expect(text('What share of the new housing supply is supposed to be commercial housing?', 'en')).toContain('commercial housing accounts for 40%');
  });

  it('reads "where do things stand with X" as asking its progress', () => {
    expect(text("Where do things stand with the Chinese Academy of Sciences' planned university in Shenzhen?", 'en')).toContain('formally signed');
    expect(text('What happened with Shenzhen Technology University in 2018?', 'en')).toContain('Shenzhen Technology University');
  });

  it("finds the part of the report with the districts' stories", () => {
    expect(text('Which section of the report has case studies from the districts?', 'en')).toContain('typical cases');
    expect(text('Which part of the report looks at particular issues in depth?', 'en')).toContain('special studies');
    // NOTE: the asker looking at the report is no review of a year.
    expect(text('which year does the report look at?', 'en')).toContain('in 2018');
  });

  it('reads "number one" as a first place, and "in the first place" as an idiom', () => {
    expect(text('On which measure was Shenzhen number one in the Guangdong survey?', 'en')).toContain('first for satisfaction');
    expect(text('why are they doing the housing reform in the first place?', 'en')).toContain('somewhere to live');
  });

  it("answers the report's own name and the year it reviews, however chat asks them", () => {
    for (const q of ['what is the title of the report?', "what's the report called?", 'report title?', "What's the official name of the blue book?"])
      expect(text(q, 'en')).toContain('Report on Social Governance and Development');
    for (const q of ['报告叫什么名字', '报告的标题是什么?', '报告叫什么?']) expect(text(q)).toContain('深圳社会治理与发展报告');
    expect(text('报告讲的是哪一年?')).toContain('2018年');
    expect(text('what year is the report about?', 'en')).toContain('in 2018');
    // "name" as a verb, and the child-friendly part's title, are no such question.
    expect(text("What does the report name as the first hallmark of Shenzhen's social governance in 2018?", 'en')).toContain('First');
    expect(text('报告里儿童友好那一章的标题是什么')).toContain('从一米的高度看城市');
  });

  it("answers a newcomer's first questions about the article and the report, asked with no subject", () => {
    expect(text("who's behind the report?", 'en')).toContain('Shenzhen Academy of Social Sciences');
    expect(text('when did this come out?', 'en')).toContain('2019-10-25');
    expect(text('where was this posted?', 'en')).toContain('Shensi Net');
    expect(text('how many parts does the report have?', 'en')).toContain('six parts');
    expect(text('谁出的?')).toContain('社会科学文献出版社');
    expect(text('啥时候发的?')).toContain('2019-10-25');
    expect(text('讲的是哪年的情况')).toContain('2018年');
    expect(text('标题是啥?')).toContain('最新探索');
    // A count is not held by an ordinal: the three features, not the third one.
    expect(answer('三个特点是啥?').facts.map((f) => f.id)).toEqual(['features-01', 'features-02', 'features-03', 'features-04']);
    expect(answer('第三个特点是啥?').facts[0]?.id).toBe('features-04');
    expect(answer('谁出的钱?').answered).toBe(false);
  });

  it('reads formal and chat frames: to what extent, what stood out, summed up as, 提了啥, 多少个百分点', () => {
    expect(text("To what extent did the 'smart' side of governance improve in 2018?", 'en')).toContain('rose greatly');
    expect(text('In a nutshell, what stood out about how Shenzhen was run socially in 2018?', 'en')).toContain('three main features');
    expect(text('The child-friendly city drive is summed up as seeing the city from what height?', 'en')).toContain('one metre');
    expect(text('报告对深圳以后搞社会治理提了啥建议')).toContain('网格管理');
    expect(text('治安类警情降了多少个百分点')).toContain('26.1%');
    expect(text('龙岗天安云谷园区摸索出来的社会治理模式是怎样的?')).toContain('党委领导');
  });

  it('reads a measure character that begins a term as part of the thing counted (多少人才房), and more chat frames', () => {
    expect(text('2018年全年建设筹集了多少人才房和保障房')).toContain('8.9万套');
    expect(answer('坪山区社会心理服务中心每年接待多少人次?').answered).toBe(false);
    expect(text('这条新闻是哪天几点挂出来的?')).toContain('17:54');
    expect(text('How is the blue book laid out - how many main parts?', 'en')).toContain('six parts');
    expect(text('What three things stood out about how Shenzhen was run in 2018, per the authors?', 'en')).toContain('three main features');
    expect(text('How many areas of daily life did the child-friendly pilots span?', 'en')).toContain('6 fields');
    expect(text('Whose congestion rankings does the article point to when judging Shenzhen traffic?', 'en')).toContain('Baidu');
  });

  it('reads a guess after the question as a guess, not as what is asked', () => {
    expect(text('who actually put the report together — was it Shenzhen University?', 'en')).toContain('Shenzhen Academy of Social Sciences');
    expect(answer('where was the second-child policy survey done? nanshan?', 'en').facts.map((f) => f.id)).not.toContain('big-data-08');
    expect(text('where was the second-child policy survey done? nanshan?', 'en')).toContain('Dapeng');
    expect(text("some district set up a 'hub' organisation linking civic groups with government — which one? i thought it was nanshan", 'en')).toContain(
      'Yantian',
    );
    // A place asked about is still required: the block data pilots were not in Yantian.
    expect(answer('which district ran the block data pilots in yantian?', 'en').answered).toBe(false);
  });

  it('splits two Chinese questions joined by a comma, and refuses a part of a total asked "specifically"', () => {
    expect(text('转这个报告消息的是哪个网站啊,编辑署名是谁?')).toContain('战旗');
    expect(text('全市义务教育阶段的学校有几所,在校学生大概多少人?')).toContain('134.5万');
    expect(text('深圳现在三级医院一共几家?三甲呢?')).toContain('42家');
    expect(answer('How much of the livelihood budget went to education specifically?', 'en').answered).toBe(false);
    expect(answer('how much did sz spend just on education in 2018', 'en').answered).toBe(false);
    expect(answer("How many 社工 are employed under Pingshan's 12345 system?", 'en').answered).toBe(false);
    expect(answer('坪山区那个区级社会心理服务中心在哪条街?').answered).toBe(false);
    expect(answer('which shenzhen district has the best schools for my kid?', 'en').answered).toBe(false);
  });

  it('reads more chat: itself, big-picture, closing particles, the write-up, settings, 哪种类型', () => {
    expect(text('Who published the blue book itself?', 'en')).toContain('Social Sciences Academic Press');
    expect(text("What's the big-picture goal of Shenzhen's child-friendly city push?", 'en')).toContain('overall goal');
    expect(text('the write-up came from which site ah?', 'en')).toContain('Shensi Net');
    expect(text('Which settings were picked for the child-friendly pilot programme?', 'en')).toContain('libraries');
    expect(text('龙华区在每个街道选的试点社区是哪种类型的?')).toContain('典型产业社区');
  });

  it('refuses a comparison with another place the report never makes, and reads "is X sorted out" as whether X still occurs', () => {
    expect(answer('Is Shenzhen safer than Hong Kong?', 'en').answered).toBe(false);
    expect(answer("is shenzhen's traffic better than beijing?", 'en').answered).toBe(false);
    expect(text('is the 超纲教学 issue sorted out already?', 'en')).toContain('still occur');
    expect(text('Is this report part of a book series? Which one?', 'en')).toContain('Blue Book');
  });

  it('refuses private schools and kindergartens the report counts only as public, and reads long paraphrases', () => {
    expect(answer('2018年深圳新增了多少个民办中小学学位?').answered).toBe(false);
    expect(answer('How many private kindergartens are there in Shenzhen?', 'en').answered).toBe(false);
    expect(text('截至2018年底深圳登记的社会组织总共多少个?其中民办非企业单位有多少?')).toContain('5495个');
    expect(text('According to the study of how much schoolwork kids carry, did students become more or less keen on learning?', 'en')).toContain(
      'interest in learning',
    );
    expect(
      text(
        'Are teachers still racing ahead of the curriculum or teaching material beyond what the syllabus covers, according to the school workload study?',
        'en',
      ),
    ).toContain('beyond the syllabus');
    expect(text('到2018年为止深圳一共有多少家三甲医院,三级医院又有多少家?')).toContain('18家');
    expect(text('KPI check: registered social orgs per 10k residents in 2018?', 'en')).toContain('7.93');
    expect(text("what's the headcount of compulsery-education schools in the city?", 'en')).toContain('652');
  });

  it('keeps the new rewrites to the questions they are for', () => {
    // A bare attribute after a question is a second question, not a guess.
    expect(answer('Which website posted the article? Editor?', 'en').facts.map((f) => f.id)).toContain('meta-05');
    // 街道 is no street; the road of a reform is no route.
    expect(text('龙华区试点选在哪条街道?')).toContain('六个街道');
    expect(answer('社会组织改革的路怎么走?').answered).toBe(true);
    // A total of a share, a drop or a growth is no count.
    expect(text('the total share of public rental housing?', 'en')).toContain('20%');
    expect(answer('total drop in crime reports?', 'en').answered).toBe(true);
    // "the biggest problem" keeps its noun; points of a rate are not the rate.
    expect(answer('What is the biggest problem for students?', 'en').facts.map((f) => f.id)).not.toContain('livelihood-26');
    expect(answer('公交分担率提高了多少个百分点?').answered).toBe(false);
    // "stood out in the homework survey", "who's behind the study on X", "the title of the report on X" are about X.
    expect(text('What stood out in the homework survey?', 'en')).toContain('homework');
    expect(answer("Who's behind the study on homework burden?", 'en').facts[0]?.id).toBe('homework-01');
    expect(answer('What is the title of the report on homework burden?', 'en').facts[0]?.id).toBe('homework-01');
    // A comparison of amounts is made by the figures; a comma after 呢 joins no second question.
    expect(text('Is the density of social organisations greater than Beijing?', 'en')).toContain('Beijing');
    expect(answer('如果按户籍看呢,谁生的孩子多?').facts.map((f) => f.id)).not.toContain('child-11');
  });

  it('counts the noun before 有 when a verb follows the measure word (市直部门有多少家接入数据库)', () => {
    expect(text('市直部门有多少家接入数据库?')).toContain('33家市直部门');
    expect(answer('宝安公共信用平台上目前有多少个失信主体被联合惩戒了?').answered).toBe(false);
  });

  it('reads a question ending in 的比例 as asking a percentage', () => {
    expect(answer('学生参加课外培训的比例?').answered).toBe(false);
    expect(text('午餐午休服务学校的占比?')).toContain('75%');
  });

  it('reads the chat fragments "X count?" and "X down?"', () => {
    expect(text('ngo count?', 'en')).toContain('10,325');
    expect(text('crime down?', 'en')).toContain('down 23.1%');
  });

  it('looks up a figure asked in a fragment, and a kind asked after a dash', () => {
    expect(text('9711 what?', 'en')).toContain('9,711');
    expect(text('0.86 is what exactly', 'en')).toContain('10,000 vehicles');
    expect(text('longgang industry-city integration example - which park', 'en')).toContain("Tian'an Cloud Park");
  });

  it('refuses what the report does not give: a total of what it counts only as added, the chief editor, an exact rank, directions', () => {
    expect(answer('total hospital beds in sz now?', 'en').answered).toBe(false);
    expect(text('how many hospital beds were added?', 'en')).toContain('2,555');
    expect(answer('whos the chief editor of the bluebook', 'en').answered).toBe(false);
    expect(text('who edited the article?', 'en')).toContain('Zhan Qi');
    expect(answer("What exact spot did Shenzhen get in Amap's congestion ranking?", 'en').answered).toBe(false);
    expect(answer('坪山区那个区级社会心理服务中心具体在哪,怎么过去?').answered).toBe(false);
    expect(text('坪山区的心理服务中心是怎么搭建的?')).toContain('12345');
  });

  it('reads an acronym that is an everyday word only in capitals: "hit a milestone" names no university, HIT does', () => {
    expect(text('What road-safety stat made Shenzhen the first big or mid-sized Chinese city to hit a milestone?', 'en')).toContain('below 1');
    expect(text("What did HIT's Shenzhen campus get approved for?", 'en')).toContain('Harbin Institute of Technology');
  });

  it("refuses a part's writer, which the report never names, and still names who compiled it", () => {
    expect(answer('Who wrote the homework-burden chapter of the blue book?', 'en').answered).toBe(false);
    expect(answer('作业负担那一章是谁写的?').answered).toBe(false);
    expect(text('who wrote the report?', 'en')).toContain('Shenzhen Academy of Social Sciences');
  });

  it("understands everyday words for the report's terms: all told, mixing industry and community, a business park out in a district", () => {
    expect(text('How much cash did the city pour into everyday life stuff like schools, clinics and welfare, all told?', 'en')).toContain('277.2 billion');
    expect(text('Which business park out in Longgang is held up as the model for mixing industry and community?', 'en')).toContain("Tian'an Cloud Park");
    expect(text('Apart from more ordinary people pitching in on how things are run, what other big trends did the report see for that year?', 'en')).toContain(
      'three main features',
    );
  });

  it('counts a kind by its members and reads a takeaway, a time horizon and the Shenzhen Metro as the report words them', () => {
    expect(text('深大、南科大这些,一共有几所学校进了广东省新一轮高水平大学和学科建设计划?')).toContain('4所大学');
    expect(text('The third takeaway says public services got better — which sectors picked up speed?', 'en')).toContain('education');
    expect(text("what's the time horizon of the child-friendly strategic plan?", 'en')).toContain('2018-2035');
    expect(answer('how many lines does the shenzhen metro have now?', 'en').answered).toBe(false);
    expect(text('what did the city do with Shenzhen Metro for kids?', 'en')).toContain('child-friendly metro train');
  });

  it('refuses the others of a list it names only in part, a forecast asked as an opinion, and a record it does not give', () => {
    expect(answer('besides SZU and SUSTech, which other two Shenzhen unis made the provincial high-level list?', 'en').answered).toBe(false);
    expect(answer("Do you think Shenzhen will overtake Shanghai as China's most livable city?", 'en').answered).toBe(false);
    expect(answer("what's the single-day ridership record for the shenzhen metro?", 'en').answered).toBe(false);
    expect(text('how many passengers does the metro carry a day?', 'en')).toContain('5.19 million');
  });

  it('reads "what two qualities" as asking for two words, and "the figures in this thing … which year" as the year reviewed', () => {
    expect(text("yantian's system for getting social forces involved is described with what two qualities?", 'en')).toContain('standardised and quantified');
    expect(text('Quick one: the figures in this thing are mostly about which year?', 'en')).toContain('in 2018');
    expect(text('which year are the numbers in the report from?', 'en')).toContain('in 2018');
  });

  it('reads chat and field jargon: qu, 几架, 覆盘, allocated, flag, "the report everyone\'s sharing"', () => {
    expect(answer("which qu in shenzhen is building the 'urban brain' thing?", 'en').facts[0]?.section).toBe('futian');
    expect(text('到2018年底深圳的三甲医院总共有几架了?')).toContain('18家');
    expect(text('這份2019年版的報告主要覆盤的是哪一年的社會治理情況?')).toContain('2018年');
    expect(text('How many affordable/talent housing units were actually allocated to households in 2018 (not just started)?', 'en')).toContain('46,000');
    expect(text("What does the report flag as the three defining features of Shenzhen's 2018 governance landscape?", 'en')).toContain('three main features');
    expect(text("what's the full official title of the report everyone's sharing?", 'en')).toContain('Shenzhen Blue Book');
  });

  it('refuses the city ahead of Shenzhen and a total of a kind it counts only as selected', () => {
    expect(answer('Which city came first in the Guangdong public security satisfaction survey, ahead of Shenzhen?', 'en').answered).toBe(false);
    expect(answer('Which Guangdong city came out on top overall in that public security satisfaction survey?', 'en').answered).toBe(false);
    expect(answer('群众安全感和公安满意度测评里,全省总分排第一的是哪个市?').answered).toBe(false);
    expect(answer('How many universities does Shenzhen have in total?', 'en').answered).toBe(false);
    expect(text('how many universities made the high-level list in total?', 'en')).toContain('Four universities');
  });

  it('reads "these days" as now, and refuses eligibility and an average the report does not give', () => {
    expect(text('are kids any happier with their grades these days?', 'en')).toContain('dissatisfied with their grades rose');
    expect(answer('Can foreigners apply for those government-subsidized flats?', 'en').answered).toBe(false);
    expect(answer('how long is the avg commute in shenzhen these days?', 'en').answered).toBe(false);
    expect(answer('Average rent for a one-bedroom flat in Shenzhen these days?', 'en').answered).toBe(false);
    expect(text('how many NGOs are there these days?', 'en')).toContain('10,325');
  });

  it('looks up a figure asked after a clause that sets it up, and one asked as 报告里那个X是指什么', () => {
    expect(text('The article mentions 9,711 — 9,711 of what?', 'en')).toContain('information resources');
    expect(text('報告裡那個75%是指什麼東西的佔比?')).toContain('午餐午休');
  });

  it('answers two questions about the article at once, and refuses a name or a list the report does not give', () => {
    expect(text('这条消息是哪个网站发的,责任编辑叫啥?')).toContain('战旗');
    expect(answer("what's the actual name of the hub organization Yantian set up?", 'en').answered).toBe(false);
    expect(answer('深圳地铁2018年新开通了哪几条线?').answered).toBe(false);
  });

  it('reads everyday Chinese: examples before 这些, 大概, 写作业, 案子, money spent on something', () => {
    expect(text('深圳一年花在老百姓吃穿住行、上学看病这些民生上的钱一共多少?')).toContain('2772亿元');
    expect(text('深圳地铁平常一天大概要拉多少人?')).toContain('519万人次');
    expect(text('2018年深圳打110报刑事和治安案子的一共有多少宗?')).toContain('15.7万件');
    expect(answer('2018年刑事案子有多少宗?').answered).toBe(false);
    expect(text('盐田区有哪些社会组织在纠纷调处、心理健康这些方面出了力?')).toContain('盐田');
  });

  it('refuses a daily duration the report does not give', () => {
    expect(answer('名牌学校的学生每天写作业大概要多长时间?').answered).toBe(false);
    expect(answer('how many hours a day do kids spend on homework?', 'en').answered).toBe(false);
  });

  it('counts the noun after listed modifiers and after "sets of", and asks the line or rate right before 多少', () => {
    expect(text('how many of the biggest, top-tier (level-3) hospitals does the city have now in total?', 'en')).toContain('42');
    expect(text('How many affordable, non-profit-oriented (inclusive) kindergartens were added?', 'en')).toContain('kindergartens');
    expect(text('how many sets of kid-friendly guidelines for the pilot areas did they actually publish?', 'en')).toContain('4 pilot fields');
    expect(answer('南科大今年在广东的录取分数线多少?').answered).toBe(false);
    expect(text('公交分担率多少?')).toContain('60.5%');
  });

  it('reads dialect and net slang (拢共, 啥子, 康康, 管事), a wish list, "name a couple", and which cities a figure beats', () => {
    expect(text('报告拢共分了几个板块?都是些啥子?')).toContain('六个板块');
    expect(text('2018年深圳高校这边有啥大动作?列几个康康')).toContain('大学');
    expect(text('报告给以后提的建议里,有没有说让外地来深圳干活的人也参与进来管事?')).toContain('来深建设者');
    expect(text('What are the fvie shifts the party-building push supposedly made? Just name a couple', 'en')).toContain('five major shifts');
    expect(text('shenzhen has more social orgs per 10k ppl than which big citys?', 'en')).toContain('Beijing');
  });

  it('refuses which metro line runs the child-friendly train', () => {
    expect(answer('儿童友好地铁专列是跑哪条线的?我想带娃去坐').answered).toBe(false);
    expect(text('儿童友好地铁专列是谁推出的?')).toContain('深圳地铁');
  });

  it('reads more Cantonese: 边个机构, 以边个, 几年到几年, 呢方面, 有啲咩 … 举几个例', () => {
    expect(text('呢本深圳社会治理嘅蓝皮书,係边个机构编撰嘅?')).toContain('深圳市社会科学院');
    expect(text('儿童友好型城市战略规划嘅规划期係几年到几年?')).toContain('2018-2035');
    expect(text('罗湖区以边个做基层治理嘅最小单元?')).toContain('物业小区');
    expect(text('盐田区有啲咩社会组织喺纠纷调处呢方面比较出名?举几个例')).toContain('集装箱拖车运输协会');
  });

  it('reads a change asked after a count as its change, "which six" against a fact that counts four, and a total "not just the new ones"', () => {
    expect(answer('深圳地铁一天平均多少人坐?比上年涨了多少?').facts.map((f) => f.id)).toEqual(['livelihood-23']);
    expect(text('In which six fields did Shenzhen carry out child-friendly pilot construction?', 'en')).toContain('libraries');
    expect(answer('儿童友好型城市的6个试点领域里,已经出台建设指引的是哪4个领域?').answered).toBe(false);
    expect(answer('How many hospital beds does Shenzhen have in total now, not just the new ones?', 'en').answered).toBe(false);
  });

  it("keeps the review's cases right: a stressed HIT, wellbeing, all told, 哪条线, the city ahead of Shenzhen, a total now", () => {
    expect(text('Did traffic deaths HIT a ten-year low?', 'en')).toContain('below 300');
    expect(text("What did Shenzhen do for people's wellbeing?", 'en')).toContain('277.2 billion');
    expect(text('How many school places were created all told?', 'en')).toContain('63,000');
    expect(answer('深圳地铁2018年新开了哪条线').answered).toBe(false);
    expect(answer('哪个城市排在深圳前面').answered).toBe(false);
    expect(answer('Which city scored higher than Shenzhen overall?', 'en').answered).toBe(false);
    expect(text('How many level-3 hospitals are there now, not just the new ones?', 'en')).toContain('42');
  });

  it('answers "which two/three" with the fact that lists that many, and "what is X trying to build" with what it builds', () => {
    expect(text('Which two public services sped up in 2018?', 'en')).toContain('education');
    expect(text('Two public services got faster. Which ones?', 'en')).toContain('education');
    expect(text('深圳哪两项公共服务发展提速了')).toContain('教育');
    expect(text('Which three things did the housing policy try to keep stable?', 'en')).toContain('rents');
    expect(text('稳房价之外还要稳哪两样?')).toContain('稳租金');
    expect(text('深圳住房要稳哪三样?')).toContain('稳预期');
    expect(text('What is Futian hoping to create with big data?', 'en')).toContain('district brain');
    expect(text('What is Longhua trying to build with its migrants?', 'en')).toContain('community of shared life');
    expect(text('龙华想打造什么')).toContain('生活共同体');
    expect(text('What is Futian aiming to create with its one centre, five platforms and hundred systems?', 'en')).toContain('district brain');
    // NOTE: an aim asked of a thing with none is answered as before; a count is no aim.
    expect(text('How many homes is Shenzhen trying to build?', 'en')).toContain('500,000');
  });

  it('reads "serves as" as saying nothing, and finds the block data\'s carrier however it is described', () => {
    expect(text('Which park in Longgang serves as the model for industry-city governance?', 'en')).toContain("Tian'an Cloud Park");
    expect(answer('Who served as chief editor of the blue book?', 'en').answered).toBe(false);
    expect(text('In the block data pilots, what are people, events and things anchored to?', 'en')).toContain('buildings');
  });

  it('finds the group the recommendations name, and reads a leading when-clause before "where" as no time asked', () => {
    expect(text('Which residents does the report want to give wider channels to take part in governance?', 'en')).toContain('newcomers who build Shenzhen');
    expect(text('When people across Guangdong rated their police, where did Shenzhen end up?', 'en')).toContain('ranking second');
  });

  it('reads "credited to" as attribution, "made a difference" as an active role, and finds a shift by its own words', () => {
    expect(text('Among the shifts credited to Party-building, what did relying on typical examples become?', 'en')).toContain('leading by standards');
    expect(text("Where have Yantian's social organisations made a difference?", 'en')).toContain('mediating disputes');
  });

  it('answers "what do they form" and "what picture" with the clause that forms it, and the park\'s later clauses by its name', () => {
    expect(text('Once the four levels were linked up, what did they form?', 'en')).toContain('driving main axis');
    expect(text('What picture does the report use for linking the four levels of city, district, subdistrict and community?', 'en')).toContain(
      'driving main axis',
    );
    expect(text("What services does Tian'an Cloud Park offer companies?", 'en')).toContain('zero-distance');
  });

  it("reads a setup as a structure, people from other provinces as migrants, and a district's focus as its key group", () => {
    expect(text('What setup did Longhua put in place in its pilot communities?', 'en')).toContain('one core, many actors');
    expect(text('Which group of residents does Longhua focus on?', 'en')).toContain('migrants');
    expect(text('How does Longhua involve people from other provinces in governance?', 'en')).toContain('Longhua');
    // NOTE: "turn into" asks a change, not an aim: the Party shifts, not the clause after them.
    expect(text("What did the old 'mixed multi-party governance' setup turn into?", 'en')).toContain('one core, many actors');
  });

  it('reads fast-typed function words, grades one through nine, a catchy line and a drive', () => {
    expect(text('how many schools wer there for grades one through nine?', 'en')).toContain('652');
    expect(text("What's the catchy line of the child-friendly city drive?", 'en')).toContain('one metre high');
  });

  it('reads "rolled out" as launched (no publishing asked), and the smart Party-building system as an online system', () => {
    expect(text('Which online system for Party work did Shenzhen roll out?', 'en')).toContain('smart Party-building');
    expect(text('What Party-building model is Shenzhen rolling out?', 'en')).toContain('standard+');
  });

  it('reads a business signing up as registration and its credit rating as credit, but still counts credit records', () => {
    expect(text("What's the name for following a company from sign-up to its credit rating in one continuous chain?", 'en')).toContain('big closed loop');
    expect(answer("How many credit records has Bao'an's platform collected?", 'en').answered).toBe(false);
  });

  it('refuses an opinion asked as a comparison, and reads "what did Shenzhen form" as the aim', () => {
    expect(answer("Do you think Shenzhen's hospitals are better than Guangzhou's?", 'en').answered).toBe(false);
    expect(answer('你觉得深圳的学校比广州好吗?').answered).toBe(false);
    expect(text('Linking the four levels of city, district, subdistrict and community, what did Shenzhen form?', 'en')).toContain('driving main axis');
  });

  it('reads the biggest source of academic pressure, what kids point to, and who is hit hardest by homework', () => {
    expect(text('What do students point to as the biggest source of academic pressure?', 'en')).toContain("Parents' expectations");
    expect(text('Which pupils are hit hardest by the homework burden?', 'en')).toContain('prestigious schools');
  });

  it("keeps the review's cases of these rules right: a goal named, a count said, an opinion of what the report says", () => {
    expect(answer('What was the goal for police reports?', 'en').answered).toBe(false);
    expect(answer('What is the aim of block data?', 'en').answered).toBe(false);
    expect(answer('What is the main source of traffic deaths?', 'en').answered).toBe(false);
    expect(text('Which two coverages improved for Party work?', 'en')).toContain('two coverages');
    expect(text('What is Luohu trying to form?', 'en')).toContain('new pattern');
    expect(text('Where did Shenzhen spend most heavily?', 'en')).toContain('277.2 billion');
    expect(answer('Do you think the report says public transport got better?', 'en').answered).toBe(true);
  });

  it('reads 在哪6个领域 as which six fields, a 的 clause before 有多少所 as describing the schools, and an introduced asker as context', () => {
    expect(text('儿童友好型城市在哪6个领域搞了试点?')).toContain('图书馆');
    expect(text('能在学校吃午饭、睡午觉的义务教育学校,有多少所?')).toContain('523所');
    expect(text('深圳能让学生在校吃午饭的有多少所?')).toContain('523所');
    expect(text('带娃的宝妈问一下:深圳有没有给小朋友的地铁专列?')).toContain('儿童友好地铁专列');
    expect(text('调查里学生的学习兴趣是提高了还是下降了?')).toContain('学习兴趣有所提升');
  });

  it('refuses a site asked of a fact with no address, and funding asked of a fact with no money', () => {
    expect(answer('坪山的区级心理服务中心设在什么地方?').answered).toBe(false);
    expect(answer('Where is the Futian command centre located?', 'en').answered).toBe(false);
    expect(answer('南科大入选以后拿到多少建设经费?').answered).toBe(false);
    // NOTE: which districts did something is no site asked.
    expect(text('深圳社会建设在哪些方面要加大力度?')).toContain('网格管理');
  });

  it('cuts an overlong question and says so', () => {
    const a = answer(`社会组织有多少个?${'啊'.repeat(MAX_QUESTION_LENGTH * 3)}`);
    expect(a.truncated).toBe(true);
    expect(a.question.length).toBe(MAX_QUESTION_LENGTH);
  });

  it('finds nothing to say for an empty or punctuation-only question', () => {
    expect(answer('   ').answered).toBe(false);
    expect(answer('???!!!').answered).toBe(false);
  });
});

describe('AnswerEngine on another report in the same format', () => {
  const fixture = new AnswerEngine(loadReport('tests/fixtures/report'));

  it('answers from that report, not the bundled one', () => {
    expect(fixture.answer('新增了多少张病床?', 'zh').facts[0]?.id).toBe('health-01');
    expect(fixture.answer('How many social organisations are there?', 'en').answered).toBe(false);
  });
});
