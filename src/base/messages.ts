/**
 * The widgets' own words in every supported language. Region names and data labels live
 * with the data; this catalogue holds interface text only. DOM-free.
 *
 * Placeholders are `{name}`; every language must use the same placeholders as English
 * (a unit test checks this).
 */
import { INTL_LOCALE, type Language } from './language.js';

const en = {
  'problem.title': 'This graphic can’t be shown',
  'problem.badChoice': 'The {attribute} value “{value}” is not valid. Use {allowed}.',
  'problem.internal': 'Something went wrong while drawing it. The browser console has the details.',
  'problem.unknownRegion': 'There is no region “{value}”.',
  'problem.unknownRegionSuggest': 'There is no region “{value}”. Did you mean {suggestion}?',
  'problem.badNumber': 'The {attribute} value “{value}” is not valid. Use {expected}.',
  'problem.loadFailed': 'The data from {url} could not be loaded ({reason}).',
  'problem.badData': 'The data from {source} could not be used: {reason}',
  'problem.geometryFailed': 'The boundaries from {url} could not be loaded ({reason}).',
  'problem.badGeometry': 'The boundaries from {url} could not be used: {reason}.',
  'status.loading': 'Loading…',
  'data.noData': 'No data',
  'data.rank': 'Rank {rank} of {count}',
  'data.source': 'Source: {sources}',
  'data.sources': 'Sources: {sources}',
  'data.derived': 'derived from {sources}',
  'data.noSource': 'no source given',
  'data.rowsSkipped': 'Entries of the data that could not be used: {count}. The browser console lists them.',
  'data.missingShapes': 'Regions without a shape in the boundary file ({count}): {names}.',
  'map.boundaries': 'Boundaries: Natural Earth (public domain)',
  'map.customBoundaries': 'Boundaries: supplied by this page',
  'data.year': '{year}',
  'data.yearAsListed': 'as listed in {year}',
  'map.title': '{metric} by region, {year}',
  'map.titleClusters': 'Integration engines and the innovation mosaic',
  'map.titleHighlight': 'Locator map',
  'map.description': 'Map of the 31 provincial-level regions of the Chinese mainland. {summary} Use the arrow keys to move between regions; the data table lists every value.',
  'map.summaryValues': 'Highest: {highest}; lowest: {lowest}. Regions without data: {missing}.',
  'map.summaryClusters': 'Coloured are the three integration engines: {clusters}. Every other region is part of the wider innovation mosaic.',
  'map.summaryHighlight': 'Highlighted: {regions}.',
  'map.otherRegions': 'Other regions: the innovation mosaic',
  'map.highlighted': 'Highlighted',
  'map.notHighlighted': 'Other regions',
  'map.context': 'Hong Kong, Macao, Taiwan: not in the data',
  'map.showTable': 'Show data table',
  'map.hideTable': 'Hide data table',
  'map.close': 'Close',
  'table.region': 'Region',
  'table.rank': 'Rank',
  'table.cluster': 'Cluster',
  'table.source': 'Source',
  'reason.badUrl': 'not a valid address',
  'reason.timeout': 'no answer in time',
  'reason.network': 'network error',
  'reason.malformed': 'it is not valid JSON or CSV.',
  'reason.empty': 'it holds no value for any of the 31 regions.',
  'reason.missingColumn': 'it has no region column or no value column.',
  'reason.noShapes': 'it has no shape for any of the 31 regions',
  'data.moreSources': 'and {count} more, listed per region in the data table',
  'card.province': 'Province',
  'card.autonomous-region': 'Autonomous region',
  'card.municipality': 'Municipality',
  'card.capital': 'Capital: {capital}',
  'card.figureLabel': '{label}, {year}',
  'card.claims': 'What the article says',
  'card.asPartOf': 'As part of {cluster}',
  'card.noHighlight': 'The article gives {name} no specific highlight.',
  'card.note': 'Note: {note}',
  'card.attribution': 'According to: {who}',
  'card.sources': 'Sources',
  'card.mapLabel': 'Location of {name} in China',
  'card.hub': 'computing hub',
  'card.inPart': 'in part: {what}',
  'card.figures': 'Key figures',
  'compare.title': '{metric}, {year}',
  'compare.titleGroups': '{metric} by integration engine, {year}',
  'compare.rest': 'Rest of the mainland',
  'compare.share': '{share} of the 31-region total',
  'compare.shareLabel': 'share of the 31-region total',
  'compare.mean': 'National average: {value}',
  'compare.median': 'Median region: {value}',
  'compare.unweighted': 'average of regions with data, unweighted',
  'compare.missing': 'No data: {names}',
  'compare.incomplete': 'no total: {count} of {of} regions lack data',
  'compare.gbaNote': 'Guangdong as a whole; the Greater Bay Area covers 9 of its 21 cities, and Hong Kong and Macao, which are not in the data.',
  'compare.description': 'Bar chart. {summary} Use the arrow keys to move between bars; the data table lists every value.',
  'problem.cannotAggregate': '{metric} cannot be combined over regions without data this page does not have, so it is not shown by group.',
  'problem.noTotal': 'Shares need a figure for all 31 regions; {metric} has {count}.',
} as const;

/** A key of the interface-text catalogue. */
export type MessageKey = keyof typeof en;

/** Values filled into a message's `{placeholders}`. */
export type MessageParams = Readonly<Record<string, string | number>>;

const zh: Record<MessageKey, string> = {
  'problem.title': '无法显示此图表',
  'problem.badChoice': '{attribute} 的值“{value}”无效。请使用 {allowed}。',
  'problem.internal': '绘制时出错。详情请见浏览器控制台。',
  'problem.unknownRegion': '没有名为“{value}”的地区。',
  'problem.unknownRegionSuggest': '没有名为“{value}”的地区。您是指{suggestion}吗？',
  'problem.badNumber': '{attribute} 的值“{value}”无效。请使用{expected}。',
  'problem.loadFailed': '无法加载来自 {url} 的数据（{reason}）。',
  'problem.badData': '无法使用来自 {source} 的数据：{reason}',
  'problem.geometryFailed': '无法加载来自 {url} 的边界数据（{reason}）。',
  'problem.badGeometry': '无法使用来自 {url} 的边界数据：{reason}。',
  'status.loading': '加载中…',
  'data.noData': '无数据',
  'data.rank': '第{rank}名（共{count}个）',
  'data.source': '来源：{sources}',
  'data.sources': '来源：{sources}',
  'data.derived': '根据{sources}推算',
  'data.noSource': '未注明来源',
  'data.rowsSkipped': '数据中有{count}项无法使用，详见浏览器控制台。',
  'data.missingShapes': '边界文件中缺少{count}个地区的形状：{names}。',
  'map.boundaries': '边界：Natural Earth（公共领域）',
  'map.customBoundaries': '边界：由本页面提供',
  'data.year': '{year}年',
  'data.yearAsListed': '{year}年所列',
  'map.title': '各地区{metric}，{year}',
  'map.titleClusters': '三大一体化引擎与创新版图',
  'map.titleHighlight': '位置图',
  'map.description': '中国大陆31个省级行政区地图。{summary}使用方向键在地区之间移动；数据表列出了所有数值。',
  'map.summaryValues': '最高：{highest}；最低：{lowest}。{missing}个地区无数据。',
  'map.summaryClusters': '着色的是三大一体化引擎：{clusters}。其他地区共同构成更广泛的创新版图。',
  'map.summaryHighlight': '突出显示：{regions}。',
  'map.otherRegions': '其他地区：创新版图',
  'map.highlighted': '突出显示',
  'map.notHighlighted': '其他地区',
  'map.context': '香港、澳门、台湾：不在数据范围内',
  'map.showTable': '显示数据表',
  'map.hideTable': '隐藏数据表',
  'map.close': '关闭',
  'table.region': '地区',
  'table.rank': '排名',
  'table.cluster': '区域',
  'table.source': '来源',
  'reason.badUrl': '地址无效',
  'reason.timeout': '响应超时',
  'reason.network': '网络错误',
  'reason.malformed': '不是有效的JSON或CSV。',
  'reason.empty': '其中没有31个地区中任何一个的数值。',
  'reason.missingColumn': '缺少地区列或数值列。',
  'reason.noShapes': '其中没有31个地区中任何一个的形状',
  'data.moreSources': '另有{count}个，数据表中逐一列出',
  'card.province': '省',
  'card.autonomous-region': '自治区',
  'card.municipality': '直辖市',
  'card.capital': '省会：{capital}',
  'card.figureLabel': '{label}（{year}）',
  'card.claims': '文章观点',
  'card.asPartOf': '作为{cluster}的一部分',
  'card.noHighlight': '文章未专门提及{name}。',
  'card.note': '注：{note}',
  'card.attribution': '出处：{who}',
  'card.sources': '来源',
  'card.mapLabel': '{name}在中国的位置',
  'card.hub': '算力枢纽',
  'card.inPart': '部分：{what}',
  'card.figures': '主要数据',
  'compare.title': '{metric}，{year}',
  'compare.titleGroups': '按一体化引擎划分的{metric}，{year}',
  'compare.rest': '内地其他地区',
  'compare.share': '占31个地区总量的{share}',
  'compare.shareLabel': '占31个地区总量的比重',
  'compare.mean': '全国平均：{value}',
  'compare.median': '地区中位数：{value}',
  'compare.unweighted': '有数据地区的简单平均',
  'compare.missing': '无数据：{names}',
  'compare.incomplete': '无法合计：{of}个地区中有{count}个缺少数据',
  'compare.gbaNote': '指整个广东省；粤港澳大湾区包括广东21个地级市中的9个以及香港和澳门，后两者不在数据范围内。',
  'compare.description': '条形图。{summary}使用方向键在条形之间移动；数据表列出了所有数值。',
  'problem.cannotAggregate': '缺少必要数据，{metric}无法按区域合并，因此不能分组显示。',
  'problem.noTotal': '计算比重需要全部31个地区的数据；{metric}只有{count}个。',
};

const da: Record<MessageKey, string> = {
  'problem.title': 'Grafikken kan ikke vises',
  'problem.badChoice': 'Værdien “{value}” for {attribute} er ugyldig. Brug {allowed}.',
  'problem.internal': 'Noget gik galt under tegningen. Detaljerne står i browserens konsol.',
  'problem.unknownRegion': 'Der findes ingen region ved navn “{value}”.',
  'problem.unknownRegionSuggest': 'Der findes ingen region ved navn “{value}”. Mente du {suggestion}?',
  'problem.badNumber': 'Værdien “{value}” for {attribute} er ugyldig. Brug {expected}.',
  'problem.loadFailed': 'Data fra {url} kunne ikke hentes ({reason}).',
  'problem.badData': 'Data fra {source} kunne ikke bruges: {reason}',
  'problem.geometryFailed': 'Grænserne fra {url} kunne ikke hentes ({reason}).',
  'problem.badGeometry': 'Grænserne fra {url} kunne ikke bruges: {reason}.',
  'status.loading': 'Indlæser…',
  'data.noData': 'Ingen data',
  'data.rank': 'Nr. {rank} af {count}',
  'data.source': 'Kilde: {sources}',
  'data.sources': 'Kilder: {sources}',
  'data.derived': 'afledt af {sources}',
  'data.noSource': 'ingen kilde angivet',
  'data.rowsSkipped': 'Poster i data, der ikke kunne bruges: {count}. Browserens konsol viser dem.',
  'data.missingShapes': 'Regioner uden form i grænsefilen ({count}): {names}.',
  'map.boundaries': 'Grænser: Natural Earth (fri af ophavsret)',
  'map.customBoundaries': 'Grænser: leveret af denne side',
  'data.year': '{year}',
  'data.yearAsListed': 'som opgjort i {year}',
  'map.title': '{metric} fordelt på regioner, {year}',
  'map.titleClusters': 'Integrationsmotorerne og innovationsmosaikken',
  'map.titleHighlight': 'Oversigtskort',
  'map.description': 'Kort over de 31 regioner på provinsniveau på det kinesiske fastland. {summary} Brug piletasterne til at gå mellem regionerne; datatabellen viser alle værdier.',
  'map.summaryValues': 'Højest: {highest}; lavest: {lowest}. Regioner uden data: {missing}.',
  'map.summaryClusters': 'Farvelagt er de tre integrationsmotorer: {clusters}. Alle andre regioner er en del af den bredere innovationsmosaik.',
  'map.summaryHighlight': 'Fremhævet: {regions}.',
  'map.otherRegions': 'Andre regioner: innovationsmosaikken',
  'map.highlighted': 'Fremhævet',
  'map.notHighlighted': 'Andre regioner',
  'map.context': 'Hongkong, Macao, Taiwan: ikke med i data',
  'map.showTable': 'Vis datatabel',
  'map.hideTable': 'Skjul datatabel',
  'map.close': 'Luk',
  'table.region': 'Region',
  'table.rank': 'Placering',
  'table.cluster': 'Område',
  'table.source': 'Kilde',
  'reason.badUrl': 'ikke en gyldig adresse',
  'reason.timeout': 'intet svar i tide',
  'reason.network': 'netværksfejl',
  'reason.malformed': 'det er ikke gyldig JSON eller CSV.',
  'reason.empty': 'det indeholder ingen værdi for nogen af de 31 regioner.',
  'reason.missingColumn': 'det mangler en regionskolonne eller en værdikolonne.',
  'reason.noShapes': 'den indeholder ingen form for nogen af de 31 regioner',
  'data.moreSources': 'og {count} flere, angivet for hver region i datatabellen',
  'card.province': 'Provins',
  'card.autonomous-region': 'Autonom region',
  'card.municipality': 'By under centralregeringen',
  'card.capital': 'Hovedstad: {capital}',
  'card.figureLabel': '{label}, {year}',
  'card.claims': 'Hvad artiklen siger',
  'card.asPartOf': 'Som en del af {cluster}',
  'card.noHighlight': 'Artiklen fremhæver ikke {name} særskilt.',
  'card.note': 'Bemærk: {note}',
  'card.attribution': 'Ifølge: {who}',
  'card.sources': 'Kilder',
  'card.mapLabel': '{name}s placering i Kina',
  'card.hub': 'computerknudepunkt',
  'card.inPart': 'delvis: {what}',
  'card.figures': 'Nøgletal',
  'compare.title': '{metric}, {year}',
  'compare.titleGroups': '{metric} fordelt på integrationsmotorer, {year}',
  'compare.rest': 'Resten af fastlandet',
  'compare.share': '{share} af de 31 regioners samlede tal',
  'compare.shareLabel': 'andel af de 31 regioners samlede tal',
  'compare.mean': 'Landsgennemsnit: {value}',
  'compare.median': 'Medianregion: {value}',
  'compare.unweighted': 'uvægtet gennemsnit af regioner med data',
  'compare.missing': 'Ingen data: {names}',
  'compare.incomplete': 'ingen sum: {count} af {of} regioner mangler data',
  'compare.gbaNote': 'Hele Guangdong; Greater Bay Area omfatter 9 af provinsens 21 byer samt Hongkong og Macao, som ikke er med i data.',
  'compare.description': 'Søjlediagram. {summary} Brug piletasterne til at gå mellem søjlerne; datatabellen viser alle værdier.',
  'problem.cannotAggregate': '{metric} kan ikke lægges sammen over regioner uden data, som denne side ikke har, og vises derfor ikke pr. gruppe.',
  'problem.noTotal': 'Andele kræver et tal for alle 31 regioner; {metric} har {count}.',
};

/** The catalogues, frozen; exported for tests and for tools that list the strings. */
export const MESSAGES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> =
  Object.freeze({ en: Object.freeze(en), zh: Object.freeze(zh), da: Object.freeze(da) });

/**
 * A message in the given language with its placeholders filled in. A missing parameter
 * leaves its `{placeholder}` visible rather than inventing text.
 *
 * @example message('da', 'problem.title') // "Grafikken kan ikke vises"
 */
export function message(language: Language, key: MessageKey, params: MessageParams = {}): string {
  return MESSAGES[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * "a, b or c" in the given language, for lists of allowed values.
 *
 * @example listOr('en', ['light', 'dark']) // "light or dark"
 */
export function listOr(language: Language, items: readonly string[]): string {
  return new Intl.ListFormat(INTL_LOCALE[language], { type: 'disjunction' }).format(items);
}

/** "a, b and c" in the given language. */
export function listAnd(language: Language, items: readonly string[]): string {
  return new Intl.ListFormat(INTL_LOCALE[language], { type: 'conjunction' }).format(items);
}

/**
 * The year a metric's figures refer to, as words: `2020`, `2020年`; or, for a metric whose
 * source gives no reference year (its `yearNote` says so), `as listed in 2026`.
 */
export function yearLabel(language: Language, metric: { readonly year: number; readonly yearNote?: unknown }): string {
  return message(language, metric.yearNote ? 'data.yearAsListed' : 'data.year', { year: metric.year });
}
