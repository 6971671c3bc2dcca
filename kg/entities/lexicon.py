"""The words the extraction patterns lean on, kept as data: titles, organization heads, surnames, the
characters of transliterated names, and words the tagger calls names that never are."""

from __future__ import annotations

import re

# Titles that stand right before a person's name in news Chinese ("俄罗斯总统普京").
TITLES = frozenset("""
埃米尔 伊玛目 毛拉 大臣 外交大臣 内政大臣 财政大臣 卫生大臣 国防大臣 商务大臣 司法大臣 教育大臣 总统 副总统 主席
副主席 国家主席 总理 副总理 首相 副首相 外长 外交部长 国防部长 防长 部长 副部长 国务卿 领导人 最高领导人 外交官 官员
高官 秘书 秘书长 总书记 书记 委员 常委 发言人 大使 特使 代表 议员 参议员 众议员 议长 州长 省长 市长 县长 局长 主任
司令 司令员 将军 上将 中将 少将 国王 女王 王储 亲王 首席执行官 执行长 董事长 总裁 总经理 创始人 教授 学者 研究员
分析师 经济学家 律师 法官 检察官 警官 记者 主编 作家 顾问 导演 演员 歌手 运动员 球员 教练 总检察长 司法部长 财政部长
商务部长 内政部长 卫生部长 总督 大法官 总干事 主任委员 特首 行政长官 总参谋长 参谋长 主教 教皇 牧师 活动人士 维权人士
异见人士 艺术家 科学家 博士 医生 外相 防相 官房长官 知事 行长 社长 会长 处长 司长 院长 副主任 立委 编辑 总编辑 副总编辑
辩护律师 代理律师 专家 首席专家 球星 影星 歌星 私人助理 助理 大亨 网红 警司 高级警司 总警司 督察 高级督察 总督察
主持人 组织者 童星 总领事 领事 上校 中校 少校 准将 上尉 中尉 少尉
""".split())

# Titles that follow the name, as royalty is named (哈里王子, 查尔斯国王, 德仁天皇). Not a peer's
# 公爵 or 伯爵, which follow a place (萨塞克斯公爵, the Duke of Sussex).
TITLES_AFTER_NAME = ("王子", "公主", "国王", "女王", "王妃", "王后", "亲王", "王储", "王太子", "太子妃",
                     "天皇", "皇后", "皇太子")

# Countries whose people's names, written in Chinese, run to four characters (上川阳子): after a title
# held by one of them (日本外相) a name is read up to four characters.
KANJI_NAME_COUNTRIES = ("日本",)

# Titles that carry an organization in them: "俄罗斯外交部长" is the minister of Russia's foreign ministry.
TITLE_ORGS = {
    "外交部长": "外交部", "外长": "外交部", "国防部长": "国防部", "防长": "国防部", "司法部长": "司法部",
    "财政部长": "财政部", "商务部长": "商务部", "内政部长": "内政部", "卫生部长": "卫生部",
}

# Heads of organization names: a place, up to two modifiers, then one of these ("俄罗斯联邦安全会议").
ORG_HEADS = frozenset("""
外交部 国防部 司法部 财政部 商务部 内政部 卫生部 教育部 国务院 国务院新闻办公室 安全会议
国家安全委员会 委员会 议会 国会 参议院 众议院 最高法院 宪法法院 法院 检察院 中央银行 央行
通讯社 电视台 广播公司 大使馆 领事馆 总领事馆 军队 海军 陆军 空军 海警 警察局 情报局
安全局 联邦安全局 移民局 统计局 海关 研究院 科学院 共产党 工党 保守党 民主党 共和党
时报 日报 邮报 晚报 早报 参谋长联席会议 疾控中心 卫健委 网信办 公安局 国家安全局 公安厅 公安 纪委 监委 纪委监委
""".split())  # a place before a newspaper's head is part of its name: 日本时报, 华盛顿邮报; a city's own
# health commission (北京市疾控中心, 深圳市卫健委) is no national one
# An organization's seat after its name (纽约联合国总部): the organization is named, not a body.
HEADQUARTERS = ("总部", "總部")
# A body's board after its name (阿里巴巴集团董事会主席, 特斯拉董事会, 俄罗斯天然气工业股份公司管理委员会):
# the body is named, its board is no body of its own.
# Words for someone after a place (中国女星, 英国女网红): the tagger reads a body into them.
PEOPLE_WORDS = tuple("女星 男星 明星 女网红 网红 歌手 演员 艺人 博主 球星".split())
BOARDS = ("董事会", "董事會", "管理委员会", "监事会")
# Parties among those heads: after a state and before a title (俄亥俄州民主党众议员) they describe a
# member, not a body of their own.
PARTY_HEADS = frozenset("共产党 工党 保守党 民主党 共和党".split())
# Generic heads (公司, 大学) make an organization only with a real name before them, which the
# tagger or the gazetteer gives; "中国车企公司" is a description. These generic heads make one after a
# place and a word of their own (美国芭蕾舞剧团, 远东联邦大学, 美国音乐艺术家协会), never after the
# place alone (美国大学 is America's universities).
NAMED_ORG_HEADS = frozenset("""
协会 学会 剧团 歌剧院 乐团 管弦乐团 艺术团 舞团 大学 学院 舰队 外务省 防卫省 教会 基金会 研究所
""".split())

# How the names of organizations end (for the tagger's "nt" words; phrases like 中俄关系 don't).
ORG_ENDINGS = (*sorted(ORG_HEADS), *"""
公司 银行 联盟 集团 社 部 会 院 局 署 厅 委 党 军 行 司 团 盟 校 报 台 所 馆 处 组织 中心 协会 基金会 大学
队 省
""".split())

# Words that end with a body's head character and name no body (俄罗斯能源布局, 中国社会, 公司内部).
NOT_ORG_END_WORDS = tuple("""
布局 格局 结局 大局 时局 僵局 骗局 开局 定局 困局 变局 乱局 内部 外部 全部 局部 干部 机会 聚会
宴会 晚会 社会 旅行 飞行 执行 进行 举行 发行 流行 运行 实行 履行 步行
科学 文学 哲学 医学 数学 化学 物理学 经济学 政治学 社会学 心理学 法学 史学 神学
""".split())  # the last row: fields of learning (德国科学|与政治研究所: 科学 ends no body)

# How the names of newspapers and magazines end (《哈泼斯杂志》, 《查理周报》): a title in 《》 ending so
# is a publication, an organization.
PERIODICAL_HEADS = tuple("杂志 周报 周刊 月刊 日报 时报 晚报 邮报 早报 画报 报".split())
# What the text calls an outlet right before its title in 《》 (媒体《风传媒》, 报纸《莫斯科新闻》), and
# the staff it names right after (《八旗文化》总编辑): the title is the outlet's name.
OUTLET_DESCRIPTIONS = tuple("""媒体 杂志 报纸 报刊 网站 新闻网站 官媒 港媒 台媒 陆媒 外媒 日媒 韩媒 美媒 英媒 俄媒
    电视台 出版社 周刊 月刊 日报""".split())
OUTLET_STAFF = tuple("总编辑 主编 社长 记者 撰稿人 专栏作家 发行人".split())
# A name in Latin letters is a company's or an organization's where the text says what it is, right
# before it (市场研究公司Packaged Facts, 社交网站Grindr, 短视频应用Musical.ly) or right after it
# (Ironshore公司; Ironshore是一家…公司): words that end such a description.
LATIN_ORG_BEFORE = tuple("""公司 网站 应用 平台 软件 集团 银行 机构 超市 零售商 连锁店 连锁超市 品牌 企业 制造商
    开发商 运营商 基金 交易所 研究所 智库 组织 团体 初创企业 服务商 供应商 百货 组合 男团 女团 乐队 乐团
    电视台 报纸""".split())
LATIN_ORG_AFTER = tuple("公司 集团 银行 基金会 超市 旗下 新闻台 电视台".split())
# Words of an organization's English name (凯投宏观（Capital Economics）, 欧睿国际（Euromonitor
# International）): after such a description, a Chinese name glossed so is an organization's.
ORG_WORDS_EN = frozenset("""Group Inc Corp Corporation Company Co Ltd LLC Bank Capital Partners Holdings
    Institute Foundation Association Council Committee Commission Agency Administration Department
    Ministry Office Bureau University College School Academy Center Centre Organization Organisation
    Network Coalition Alliance Party Church Mission Society Union Federation Fund Trust Economics
    Research Analytics Labs Laboratory Technologies Technology Media News Times Post Journal Airlines
    Airways Motors Systems Watch International Exchange Consulting Insights Intelligence Solutions
    Services Studios Pictures Club Forum Initiative Project Movement Authority Board""".split())
# Those who work for a body (Logically的研究主管, MFS的高管): after a Latin name, they make it one.
STAFF = tuple("高管 主管 经理 专家 负责人 员工 发言人 首席执行官 创始人 总裁 董事长 研究员 分析师".split())

# Two-character nouns for institutions whose first character rjieba tags as a verb (使馆: 使 "make"):
# an organization may end with them, unlike a verb and its object (排队, 建厂, 开会).
INSTITUTION_WORDS = frozenset("使馆 领馆 影院 分行 分校 分院 驾校 会所 展馆 教会 学会 教委".split())

# An organization's branch named by its place alone (柏林办公室, 华盛顿分社) is no organization's name.
OFFICE_HEADS = tuple("办公室 分社 总部 办事处 分部 分公司 分行 分局".split())
# A company's sites (特斯拉工厂, 菲尼克斯新工厂, Costco门店) and the companies it owns or that own it
# (中央人民广播电台子公司): what stands there, no body of its own; the company is the one named.
SITES = ("新工厂", "工厂", "门店", "专卖店", "研发中心")
OWNED = ("子公司", "母公司")  # …and only after a body the gazetteer knows (not 康惠电|子公司)

# A kind of body after a place alone, or after where its money comes from (中资), names bodies of that
# kind, not one: 美国公司 are American companies, 中资银行 Chinese-owned banks, 中国军队 China's armed
# forces (MSRA tags such words a place; the seeds gold lists the place). 中国银行 and 日本银行 are names:
# the gazetteer knows them, and a bank follows only an owner here.
KIND_OF_BODY_HEADS = tuple("""
公司 企业 车企 药企 科技公司 高科技公司 科技企业 电子公司 媒体 官媒 黑客组织 黑客
军队 军方 海军 空军 陆军 部队 武装部队 陆军部队 海军部队 空军部队 乐团 剧团 音乐剧团 机构
小报 喉舌 工厂 新工厂 厂 法院 法庭 官方媒体 官方电视台 官方通讯社 官方报纸 国营媒体 国营电视台
咨询公司 数据分析公司 公关公司 律师事务所 律所 投资公司 研究公司 市场研究公司 广告公司 化石燃料公司 制药公司
游戏公司 房地产公司 初创公司 科技初创公司 芯片公司 半导体公司 生物技术公司 生物科技公司
军队医院 军医院 医疗机构 研究机构 智库 民间团体 民间组织 人权组织 非政府组织 慈善机构 医院 小学 球队 球会 综合医院
工会 房地产 药厂 药商 药企 互联网公司 互联网企业 电商公司 电商企业 创业公司 太阳能公司 保安公司 安保公司 货运公司
物流公司 光学公司 注册公司
""".split())  # the third row: firms of a trade (伦敦咨询公司); not 航空公司 or 石油公司, which with a
# country are names (英国航空公司, 英国石油公司)
# After an organization, a kind of outlet it owns (中共小报, 党的喉舌): the organization is named, the
# outlet described.
OUTLET_HEADS = ("小报", "官媒", "媒体", "喉舌")
OWNERSHIP_PREFIXES = tuple("中资 外资 港资 台资 美资 日资 韩资 英资 欧资 国资 民营 国有 私营 私立 公立 外国".split())
OWNED_BODY_HEADS = (*KIND_OF_BODY_HEADS, "银行", "机构", "动物园")

# Characters that follow a name inside one rjieba token and leave it a name (微博上, 网站中).
LOCATIVES = frozenset("上中里内")

# "North of", "south of"…: 以北约1530公里 is a distance, not NATO (kg.entities.candidates).
DIRECTIONS_FROM = frozenset("以东 以南 以西 以北".split())

# Words for a government that stand for its country: "中国政府" mentions China, not an organization.
GOVERNMENT_WORDS = frozenset("""
政府 官方 当局 方面 内阁
""".split())

# Bodies named by their country (日本政府, 韩国军方): the entity layer reads the country (seeds gold
# convention); the events layer makes them parties to what they do (kg.events.extract).
GOVERNMENT_BODIES = ("政府", "当局", "军方", "當局", "軍方")

# Verbs of saying and meeting that follow a person's name.
SPEECH = frozenset("""
说 表示 称 指出 强调 认为 告诉 宣布 警告 呼吁 透露 承认 补充 回应 写道 会见 会晤
访问 致电 通电话 出席 抵达 前往 主持 发表 接受 访华 视察 出访 参加 签署 会面
""".split())

# Characters that end a name written after a title: function words and the first characters of the
# verbs that follow names (王毅会见, 李强在, 秦刚说). A Chinese name runs to three characters unless
# its third is one of these.
AFTER_NAME = frozenset("在说称表和与的等对向将已于也都就会曾还又被把让是有到去来访抵出发指强认宣呼警透当获赢遭"
                       "承补回写致通见主接参率前后昨今周日月年以及并则而但所为从自同跟给、，。；：！？（）“”")

# Words that follow a name and begin inside the tagger's span when it glues their first character to
# the name (王毅可|能, 邹澜没|有): the name ends before them.
AFTER_NAME_WORDS = frozenset("""没有 可能 可以 也许 或许 曾经 已经 正在 认为 表示 指出 说道 还是 就是 也是 都是
                              谈到 提到 谈及 说到 透露 强调 告诉 补充 解释 承认 否认 坚称 写道 问道 回答
                              并未 从未 公主 王子 王妃 王后 太子 公爵 伯爵 亲王""".split())

# Common single- and double-character surnames (the 300 most common cover most of the population).
SURNAMES = frozenset("""
王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐
许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈
姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹
薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤
常 温 康 施 文 牛 樊 葛 邢 安 齐 易 乔 伍 庞 颜 倪 庄 聂 章 鲁 岳 翟 殷 詹
申 欧 耿 关 兰 焦 俞 左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 童 凌 毕 单 季
裴 霍 涂 成 苗 谷 盛 曲 翁 冉 骆 蓝 路 游 辛 靳 管 柴 蒙 鲍 华 喻 祁 蒲 房
滕 屈 饶 解 牟 艾 尤 阳 时 穆 农 司 卓 古 吉 缪 简 车 项 连 芦 麦 褚 娄 窦
戚 岑 景 党 宫 费 卜 冷 晏 席 卫 米 柏 宗 瞿 桂 全 佟 应 臧 闵 苟 邬 边 卞
姬 师 和 仇 栾 隋 商 刁 沙 荣 巫 寇 桑 郎 甄 丛 仲 虞 敖 巩 明 佘 池 查 麻
苑 迟 邝 习 栗 郁 薄 蔺 鞠 奚 储 丰 权 逯 盖 后 桓 傅 公孙 欧阳 司马 上官 诸葛
东方 皇甫 尉迟 令狐 慕容 夏侯 长孙 宇文 司徒 端木
""".split())

# Characters of transliterated foreign names (Xinhua's transliteration tables use few hundred).
TRANSLIT = frozenset(
    "阿埃艾安奥澳巴拜班邦鲍贝本比彼毕波伯博布查达戴丹道德登迪蒂丁东杜多厄恩尔法凡菲费芬丰冯弗伏夫福盖甘"
    "冈高戈哥格根古瓜圭哈海汉豪赫黑亨洪胡华霍基吉加贾坚杰捷金久卡凯坎康考柯科可克肯库夸奎拉莱赖兰朗劳勒雷"
    "蕾里利莉丽连列林琳留隆卢鲁路伦罗洛马玛迈麦曼梅门蒙米密缅敏明莫默姆穆纳娜奈南内妮尼涅宁纽努诺欧帕派潘"
    "庞佩彭皮珀普奇齐恰乔切钦琴丘屈萨塞桑瑟森沙莎善尚舍申什施史舒斯松苏索塔泰坦汤唐特滕提图托瓦万旺威韦维"
    "温文沃乌武西希锡谢辛休修雅亚扬耶叶伊因英尤于约泽扎詹朱兹佐茨柴楚朔策赛岑卓璐蒂芙黛茜斐罗嘉佳姆贡"
    "尔斯克夫娃舍鲁理琼露娅薇丝瑞")

# Characters no given name has in it: function words (屈服于 is no one; 议员时仍在 no 时仍).
NOT_IN_GIVEN_NAMES = frozenset("于了的在是和与对把被着过吗呢吧仍")

# Last characters of abstract nouns the tagger takes for three-character names (严重性, 金融业).
NOUN_ENDINGS = frozenset("性业化率者权制界度式型感力品物法学们证寺庙馆站厂店街路桥港湾岛城镇村堂楼场局所部"
                         "会社队组团网报刊书糖茶酒药车机器费税价案罪病")

# Words before a nickname in quotes (获绰号“公牛”的阿根廷前锋): the nickname names no one by itself.
NICKNAME_WORDS = ("绰号", "外号", "昵称", "诨名", "别号", "人称")

# Words the statistical tagger labels as names that are ordinary words in news text.
NOT_NAMES = frozenset("""
国家电视台 内阁 官方电视台 国营电视台 官方媒体 国家媒体 两岸 海峡两岸 沈默 晋升 枪手 国家队 市政厅 市议会 国安
换人 空壳公司 空军基地 雷达 德尔塔 加倍努力 公正 永葆 高达 明确 常态 安全 万一 于是 石油 金融 黄金 白宫 文明 和平 司法
林业 高度 任何 成功 时刻 周年 周边 周末 关切 方面 武装 武器 江山 华人 华裔 高层 高级 联署 陈情
严重 严格 钱包 雷霆 龙头 于今 向来 常规 时间 穆斯林 连珠炮 自治区 自治州 直辖市
国际舞台 公共场所 上市公司 投资银行 商业银行 警察局 咨询委员会 顾问委员会 党代会 遗址 方舱医院 医院 电影院 公安局
地方法院 地球 月球 火星 太阳 芬太尼 奥密克戎 奥密克
英美 齐聚 合作 发文 发表声明 对话伙伴 加盟共和国 蒙太奇 摩天大楼 钢铁厂 阿姨 国际部 迟早会 访问团 预备队
车展 展会 博览会 电影节 音乐节 运动会 王室 戴口罩 犹太 登基 化名 仲裁庭 胡萝卜 乌托邦 议会 大都市
峰会 犯罪集团 黄热病 航空公司 监管机构 监管部门 红州 蓝州 摇摆州 紫州 冰川 陆军 海军 空军
人工智能公司 经纪公司 明星经纪公司 金属集团 能源集团 股价 荷尔蒙 地方政府 村委会 居委会 执行委员会
""".split())  # the row of 国际舞台: kinds of body and place, never one's name (上市公司, 党代会); that of 地球:
# heavenly bodies (no gold set lists them), fentanyl (a person or a place to the tagger in stories on its
# trade) and Omicron (a person cut short, 奥密克|戎); that of 车展: shows and fairs (法兰克福|车展), the royal
# family, mask-wearing (戴 is a surname), 女王登基, a pseudonym (（Safaraz，化名）), 反乌托邦, a parliament
# unnamed (the read gold lists 议会 alone once in 22 texts); that of 峰会: words read as names in bench/dev13,
# the red, blue, swing and purple states of US elections, glaciers (冰川), and a service of arms alone
# (李尚福陆军上将); the last: firms of a trade, unnamed (同人工智能公司合作, 一个能源和金属集团)
# A weekday, alone or after 上/本/下 ("记者上周四摄于…" after the title 记者): a time, never a person.
WEEKDAY_NAME = re.compile("(?:上上|上|本|这|下下|下)?(?:周|星期|礼拜)[一二三四五六日天末]")

# Ordinary words that GeoNames also gives as the name of some town: never read as places.
NOT_PLACES = frozenset("""
关口 朝天 自由 中心 和平 团结 解放 胜利 光明 新华 人民 前进 红旗 东方 幸福 建设 友谊 民主 文明 繁荣
长安 永安 太平 安全 合作 发展 未来 希望 先锋 大同 新村 长城 黄金 白云 青山 城关 中山 新市 开发区
十字路 路口 中心点 商贸城 工业区 白银 安康 黄石 三城 新城市 云集 大洲 丘陵 安宁
""".split())  # 云集 (众星云集: crowding) is Chongqing's 云集镇; 大洲 (三大洲: continents) is Ōzu only as 大洲市;
# 丘陵 (hills) is Benin's Collines only as 丘陵省; 安宁 (社会安宁: peace) is Yunnan's Anning only as 安宁市

# Place suffixes: the bare stem is the same place ("布拉戈维申斯克市" is 布拉戈维申斯克).
PLACE_SUFFIXES = {"市": "City", "省": "AdministrativeArea", "州": "AdministrativeArea",
                  "县": "AdministrativeArea", "镇": "City", "村": "Place", "区": "AdministrativeArea"}

# A direction and a word for a region ("the northern region": 北部地区, 西南省, 东北区) names no
# place in Chinese news, though ISO 3166-2 names regions of Ghana, New Zealand or Cameroon so.
DIRECTION_REGION = re.compile(
    "(?:[东西南北中]|东南|东北|西南|西北)(?:部|方)?(?:地区|地带|一带|各省|省份|各州|沿海|边境|省|区|州)?")
# Words between a country and a place within it: "中国东北边境城市黑河", "中国东南部的福建省".
WITHIN_WORDS = frozenset("""
东北 东南 西北 西南 东部 西部 南部 北部 中部 东南部 东北部 西南部 西北部 边境 城市
港口 沿海 地区 省份 首都 的 小镇 港城 内陆 南方 北方 东方 西方
""".split())

# What the trained tagger (trained on 1998 newspaper text) glues to the edges of a name in today's
# news: brackets and quotes (康卡斯特(Comcast, “记者团), and a time word after a person's name
# (梅拉尼娅·特朗普周三).
SPAN_BREAKS = "()（）[]【】“”\"‘’'《》〈〉「」『』<>,，。、；;：:！!？?"
TIME_TAILS = tuple(sorted("""
周一 周二 周三 周四 周五 周六 周日 周天 周末 星期一 星期二 星期三 星期四 星期五 星期六 星期日 星期天
今天 昨天 明天 今年 去年 明年 当天 日前 近日 此前 随后 本月 本周 上月 上周 下月 下周 本国 本人
""".split(), key=len, reverse=True))

# Adverbs the tokenizer glues to the name before them (汶莱都|提出了, 印尼也): the name ends before them.
ADVERBS_AFTER_NAMES = frozenset("都 也 还 均 亦 皆".split())
# Verbs of speaking right after a name: places do not speak (中国张伟表示).
SAYS = ("表示", "说", "称", "指出", "认为", "透露", "告诉")
# A town smaller than this whose name the article gives otherwise (斯坦福大学, 霞浦县) is not the one meant.
SMALL_TOWN_BELOW = 200_000
# Peoples the trained tagger reads as places (维吾尔少数民族, 新疆维吾尔穆斯林, 阿拉伯国家): no place, alone or
# after one.
PEOPLES = ("维吾尔", "穆斯林", "阿拉伯", "斯拉夫")

# Word classes (jieba's tags) that never begin an organization's name: numbers and measures (200场),
# adverbs, conjunctions, prepositions, pronouns, locatives (前, 但, 对): the trained tagger sometimes
# starts a name at such a word.
NOT_ORG_START_TAGS = frozenset("m q mq c d p r u uj ul f t".split())
# Titles written after the name only (明仁天皇): with TITLES, what keeps a name after a country a person's.
TITLES_AFTER_A_NAME = ("天皇",)
# What a storm's name follows (台风普拉桑, 飓风“贝丽尔”): a storm is no person.
STORM_WORDS = ("台风", "飓风", "热带风暴", "热带气旋", "气旋", "风暴")
# Words that address someone by surname (张经理, 郑阿姨, besides the TITLES: 杨律师, 朱博士): the
# surname and the word are a way of referring to someone, not their name.
ADDRESS_WORDS = frozenset("先生 女士 小姐 太太 夫人 阿姨 大爷 大妈 师傅 老师 同学 经理 老板 总 院士".split())
# Of them, those news writes for one person it names no other way (梁小姐说, 49岁的许先生): a person.
PERSONAL_ADDRESS = ("先生", "女士", "小姐", "太太")
# Words after a virus variant's name (德尔塔变种, 奥密克戎变异株): the name is the variant's, no one's.
VARIANT_WORDS = ("变种", "变异株", "变异病毒", "毒株", "亚变体", "变体", "突变株")
# One-character words (jieba's tags) the tagger glues before a known place (比广岛, 在柏林).
NOT_PLACE_START_TAGS = frozenset("c d p r u uj ul".split())
# Common words (jieba's tags) no place begins inside (沿海|城市 holds no 海城).
COMMON_WORD_TAGS = frozenset("n v a d vn an ad f s t".split())
# The words (jieba's tags) no name begins with, after known places (乌克兰|防御俄罗斯: 防御, 对, 和, 都).
NOT_NAME_START_TAGS = frozenset("v vd vn p c d".split())
# An organization's name with a preposition inside is a phrase (纽约州劳工部对神韵艺术团), save 与 ("and")
# between two words of one name (美国疾病控制与预防中心, 印度国防研究与发展组织).
NOT_IN_ORG_TAGS = frozenset("p".split())
IN_ORG_AND = "与"
# Words that end a description of people (德普团队, 中共内部, 国会代表团), a law (国安法), going to school
# (沈阳上大学), a state of affairs (海地政局), a rank (陆军上校), a reception (国庆酒会), a language (俄语).
NOT_ORG_ENDINGS = tuple("""团队 狗仔队 内部 代表团 安法 全法 法案 条例 修正案 上大学 读大学 念大学
政局 格局 僵局 结局 布局 大局 时局 变局 骗局 饭局 上校 中校 少校 上将 中将 少将 准将 上尉 中尉 少尉
酒会 招待会 宴会 晚会 俄语 英语 德语 法语 西班牙语 日语 汉语 阿拉伯语 普通话 粤语""".split())
# A name (rjieba's tags) followed by a verb of saying or of intent inside an organization's span is a
# clause (民主党能保住众议院), where 驻 and 维护 belong to names (中国驻日本使馆, 维护国安委员会).
NAMED_TAGS = frozenset("nr nrt nrfg ns nt".split())
CLAUSE_VERBS = SPEECH | frozenset("""
能 能够 会 将 要 可能 可以 应该 否认 拒绝 试图 下令 要求 预计 预期 估计
禁止 敦促 呼吁 批评 谴责 指责 制裁 起诉 控告 搜查 逮捕 威胁 抨击 警告 会见 退出 改革 指控 联手 携手 通知 告知
授权 委托 允许 派遣
""".split())  # nor do they begin one (预计司法部); 希望 and 计划 name things too (北京希望小学)
# Power plants: places (news and its readers name them as sites: 福岛第一核电站), not bodies.
POWER_PLANTS = ("核电站", "核电厂", "发电站", "发电厂", "水电站", "电站", "电厂")
# Heads after which an organization's name is complete: a proposal running past one, into words that
# end no name (国立中山大学政治学), ends there.
STRONG_ORG_HEADS = tuple("""
大学 学院 公司 集团 银行 研究所 研究院 基金会 委员会 协会 分校 医院 医疗中心
""".split())
SCHOOLS = ("大学", "学院")  # the heads of a school's name (犹他大学, 香港浸会大学学生会, 中山大学 of 中山)
SCHOOL_UNITS = ("法学院", "商学院", "医学院", "研究生院")  # alone (…大学（X University）法学院), no name
# What follows a known organization's name without changing which one it is (华为公司, 汇丰控股, 恒大地产).
GENERIC_ORG_SUFFIXES = ("有限公司", "控股公司", "公司", "集团", "控股", "地产", "股份")
KNOWN_BODY_SUFFIXES = (*GENERIC_ORG_SUFFIXES, "组织")  # after a body the gazetteer knows (哈马斯组织)
# Nouns that describe an organization before its name ("中国顶级芯片制造商中芯国际", "研究公司Canalys").
DESCRIPTORS = tuple("""
制造商 生产商 供应商 运营商 开发商 零售商 经销商 服务商 巨头 龙头 企业 厂商 机构 平台 品牌 媒体 智库
""".split())
# Heads of a description the tagger takes for a name, right before a name the gazetteer knows
# (中国官方新闻社新华社, 俄罗斯国家通讯社塔斯社, 美国电动车公司特斯拉).
DESCRIBING_HEADS = (*DESCRIPTORS, "新闻社", "通讯社", "官媒", "公司", "集团", "电视台", "报纸", "网站",
                    "执政党", "反对党", "政党")
# rjieba tags of a word that a person's name does not end with (已, 本国, 本月: an adverb, a pronoun,
# a time word glued to the name), and tags a one-word name can have (普京 is ns to rjieba).
NOT_IN_NAME_TAGS = frozenset("d r t p c u uj ul f m q".split())
NAME_LIKE_TAGS = frozenset("nr nrt nrfg nz ns nt j x eng n ng".split())  # n: 植田, a family name
# rjieba tags that never end an organization's name (a verb: 旧金山排队), unless an ending says so.
NOT_ORG_END_TAGS = frozenset("v vd uj ul".split())
# The last character of a body that also begins the title of its head (外交部长: 部长, 公安局长: 局长).
HEAD_TITLE_CHARS = frozenset("部局院厅处署司会社校所")
# rjieba tags of a word whose first character a person's span took (萨尔曼|肯定, 周五|袭击): verbs,
# adverbs, prepositions, conjunctions, time words.
GLUED_WORD_TAGS = frozenset("v vd vn d ad p c t".split())
# rjieba tags of a word of two or more characters, shorter than the span, that opens no name (周五袭: a
# time word; 周恩来 is one "time word" to rjieba, whole).
NOT_NAME_OPENING_TAGS = frozenset("t p c d f".split())
# How the names of organizations that no list holds end, beyond ORG_ENDINGS: an unknown name of
# ORG_FREE_LENGTH characters or more must end so (the tagger's "中国社交平台管控", "旧金山排队" do
# not); shorter ones are often abbreviations (鞍钢, 万科, 国际田联).
MORE_ORG_ENDINGS = tuple("""
网 厂 店 庭 站 组 室 学 联 协 篮 足 排 垒 法院 论坛 乐队 俱乐部 事务所 研究会 工作室 办公室 电视台 通讯社
联合会 商会 办 能源 太阳能 绿能 股份 科技 控股 电子 汽车 医药 制药 药业 航空 证券 保险 资本 投资 实业 传媒 物流
动物园 植物园 地产 置业 钢铁 化工 电气 通信 生物 网络 影业 盐业
""".split())
ORG_FREE_LENGTH = 5
# A town the gazetteer knows by a name the trained tagger reads as a person's (杰克逊, 安德森): the
# person wins below this population (kg.entities.spans.person_over_town). On the MSRA dev split, of 13
# such spans under it the tagger was right on 12; 索韦托 (1.7 M) was the one town.
PERSON_OVER_TOWN_BELOW = 1_000_000
# Unless the words around it say a place stands there: after a verb of going, living or lying
# (住在弗罗茨瓦夫, 前往…), before a word for its surroundings (赫尔松周边). Not 在, which also opens
# 在安德森看来 ("in Anderson's view").
BEFORE_A_PLACE = ("住在", "位于", "前往", "抵达", "来自", "飞往", "到达", "赶赴")
AROUND_A_PLACE = ("周边", "附近", "一带", "地区", "郊区", "市中心", "市内", "境内", "当地",
                  "以北", "以南", "以东", "以西")
# A place's name inside the word for its language (日本语, 韩国文).
LANGUAGE_ENDINGS = "语文"

# A name right after one of these is a person's, whatever the tagger read (母亲迪帕, 妹妹卡哈珊).
KIN_WORDS = tuple("""
母亲 父亲 妻子 丈夫 儿子 女儿 哥哥 弟弟 姐姐 妹妹 双亲 父母 祖母 祖父 外婆 外公 奶奶 爷爷 孙子 孙女
侄子 侄女 未婚妻 未婚夫 女友 男友 遗孀 姑姑 叔叔 舅舅 姨妈 继母 继父 兄弟 姐妹 伴侣
""".split())
# After a name, whose kin the next name is (李敖之子李戡): no part of the name.
KIN_AFTER_NAME = tuple("""
之子 之女 之妻 之夫 之父 之母 之孙 之孙女 之兄 之弟 之姐 之妹 之遗孀 之侄
""".split())

# What joins two names of one kind (沙姆沙德和沙南, 张三、李四, 新东方和高途公司).
NAME_JOINERS = frozenset("和 、 及 以及".split())

# Buildings and grounds, with the schema.org class each head names ("" for a plain schema:Place): a
# name that ends so is a place (kg.entities.facilities), as news readers and schema.org count them,
# not the organization the trained tagger often reads (靖国神社, 钓鱼台国宾馆). Not the heads of
# institutions as often as buildings (中心, 医院, 大学, 办公室, 大使馆; 话剧院, 歌剧院 and 舞剧院 are
# companies as often) nor 站 alone (网站), nor 禁区 (a penalty area as often as an exclusion zone).
FACILITIES = {
    "国际机场": "Airport", "机场": "Airport", "火车站": "TrainStation", "高铁站": "TrainStation",
    "车站": "TrainStation", "码头": "BoatTerminal", "公园": "Park", "剧院": "PerformingArtsTheater",
    "音乐厅": "MusicVenue", "遗址": "LandmarksOrHistoricalBuildings", "故居": "LandmarksOrHistoricalBuildings",
    "陵": "LandmarksOrHistoricalBuildings", "神社": "PlaceOfWorship", "清真寺": "PlaceOfWorship",
    "寺": "PlaceOfWorship", "教堂": "PlaceOfWorship", "宾馆": "Hotel", "酒店": "Hotel", "饭店": "Hotel",
    "大桥": "Bridge", "体育场": "StadiumOrArena", "体育馆": "StadiumOrArena", "球场": "StadiumOrArena",
    "博物馆": "Museum", "图书馆": "Library", "广场": "", "口岸": "", "基地": "", "空间站": "", "庄园": "",
    "监狱": "", "看守所": "", "大道": "", "大街": "", "水库": "Reservoir", "科学园区": "", "工业园区": "",
}
NOT_FACILITIES = ("歌剧院", "话剧院", "舞剧院")
# Words between a name and a facility's head that keep it one name (里根总统图书馆, 安德森空军基地, 香港大球场).
FACILITY_MODIFIERS = ("总统", "联合", "空军", "海军", "陆军", "国际", "纪念", "大", "第一", "第二", "第三")

# Heads of facilities named after a place (仰光国际机场, 香港会展中心): with the place, one name, not two
# places. Institutions' heads are among them; FACILITIES above also make the name a place's.
FACILITY_HEADS = tuple("""
机场 中心 公园 广场 大桥 桥 车站 站 酒店 宾馆 港 码头 大道 路 街 体育场 医院 大学 学院 博物馆 图书馆 陵 遗址 寺 宫 塔
大厦 楼 村 营 监狱 看守所 基地 中学 小学 剧院 球场 湖 河 山 岛 花园 庄园 纪念堂 纪念碑 纪念馆 水库 科学园区 工业园区
""".split())
# Verbs that make someone something (任命卡尔·伊坎为顾问, 视他为对手): the 为 after the name is "as",
# whatever the tokenizer glued it to (kg.entities.dotted).
MAKING_VERBS = frozenset("任命 提名 选举 推举 推选 聘请 聘任 委任 指定 任 封 立 视 称 评 认定 列 选".split())
