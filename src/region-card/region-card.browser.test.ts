import { expect, html } from '@open-wc/testing';
import { expectAccessible, mosaicWarnings, problemText, settle, place, text } from '../../test/browser.js';
import './region-card.js';
import type { RegionCard } from './region-card.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

const card = (markup: ReturnType<typeof html>, width = 640) => place<RegionCard>(markup, width);

/** What a reader sees: the text without what only screen readers are given. */
const seen = (node: Element | null) => {
  const copy = node?.cloneNode(true) as Element | undefined;
  copy?.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return text(copy);
};
const figures = (el: Element) => Object.fromEntries($$(el, 'dd').map((dd) => [dd.dataset.metric, seen(dd)]));
/** U+2060 joins a Chinese source mark to the character before it, so that no line starts with one. */
const J = '\u2060';

describe('<region-card> content', () => {
  it('names the region in the reader’s language with the Chinese name beside it', async () => {
    const en = await card(html`<region-card region="Inner Mongolia"></region-card>`);
    expect(text($(en, '[part="name"]'))).to.equal('Inner Mongolia, 内蒙古');
    expect(text($(en, '.meta'))).to.equal('Autonomous region · Capital: Hohhot');
    const da = await card(html`<region-card region="内蒙古自治区" lang="da"></region-card>`);
    expect(text($(da, '[part="name"]'))).to.equal('Indre Mongoliet, 内蒙古');
    const zh = await card(html`<region-card region="CN-NM" lang="zh"></region-card>`);
    expect(text($(zh, '[part="name"]'))).to.equal('内蒙古');
    expect(text($(zh, '.meta'))).to.equal('自治区 · 首府：呼和浩特市');
  });

  it('calls the seat of an autonomous region 首府 and of a province 省会, and gives a municipality none', async () => {
    const tibet = await card(html`<region-card region="Tibet" lang="zh"></region-card>`);
    expect(text($(tibet, '.meta'))).to.equal('自治区 · 首府：拉萨市');
    const anhui = await card(html`<region-card region="Anhui" lang="zh"></region-card>`);
    expect(text($(anhui, '.meta'))).to.equal('省 · 省会：合肥市');
    const guangxi = await card(html`<region-card region="Guangxi" lang="da"></region-card>`);
    expect(text($(guangxi, '.meta'))).to.equal('Autonom region · Hovedstad: Nanning');
    const shanghai = await card(html`<region-card region="Shanghai" lang="zh"></region-card>`);
    expect(text($(shanghai, '.meta'))).to.equal('直辖市');
    const chongqing = await card(html`<region-card region="Chongqing"></region-card>`);
    expect(text($(chongqing, '.meta'))).to.equal('Municipality');
  });

  it('shows key figures with unit, year and source numbers, formatted per language', async () => {
    const en = await card(html`<region-card region="CN-AH"></region-card>`);
    expect(figures(en)).to.deep.equal({ population: '61,027,171 people [1]', area: '139,400 km² [2]', density: '437.8 people per km² [1, 2]' });
    expect($$(en, 'dt').map(text)).to.deep.equal(['Population, 2020', 'Area, reference year not given', 'Population density, 2020']);
    const zh = await card(html`<region-card region="CN-AH" lang="zh" metrics="population gdp"></region-card>`);
    expect(figures(zh)).to.deep.equal({ population: `61,027,171人${J}[1]`, gdp: `50,625亿元${J}[2]` });
    const zhejiang = await card(html`<region-card region="Zhejiang" metrics="rd-intensity gdp-growth"></region-card>`);
    expect(figures(zhejiang)).to.deep.equal({ 'rd-intensity': '3.20% [1]', 'gdp-growth': '5.5% [2]' });
    const shanghai = await card(html`<region-card region="Shanghai" lang="da" metrics="gdp-growth"></region-card>`);
    expect(figures(shanghai)).to.deep.equal({ 'gdp-growth': '5,0 % [1]' }); // text() folds the no-break spaces
    const da = await card(html`<region-card region="CN-GD" lang="da" metrics="gdp rd-intensity"></region-card>`);
    expect(figures(da)).to.deep.equal({ gdp: '14.163,38 mia. yuan [1]', 'rd-intensity': '3,54 % [2]' });
  });

  it('marks sources in brackets on the baseline, muted and small, read as “source 1, 2”, in en, zh and da', async () => {
    for (const [lang, seenMark, heard] of [
      ['en', '[1, 2]', ', source 1, 2'],
      ['zh', '[1,2]', '，来源1,2'],
      ['da', '[1, 2]', ', kilde 1, 2'],
    ]) {
      const el = await card(html`<region-card region="Anhui" lang=${lang} metrics="density"></region-card>`);
      const dd = $(el, 'dd')!;
      expect($$(el, 'sup'), lang).to.have.length(0);
      const mark = dd.querySelector<HTMLElement>('.ref')!;
      expect([text(mark).replace(J, ''), mark.getAttribute('aria-hidden'), text(dd.querySelector('.visually-hidden'))], lang).to.deep.equal([seenMark, 'true', heard]);
      const [style, value] = [getComputedStyle(mark), getComputedStyle(dd)];
      expect([style.verticalAlign, parseFloat(style.fontSize) < parseFloat(value.fontSize), style.color !== value.color], lang).to.deep.equal(['baseline', true, true]);
    }
  });

  it('says "no data" for a figure the sources do not give, and keeps “about” with the figure and how it was rounded with its source', async () => {
    const el = await card(html`<region-card region="Hainan" metrics="gdp"></region-card>`);
    expect(figures(el)).to.deep.equal({ gdp: 'No data' });
    const guizhou = await card(html`<region-card region="Guizhou" metrics="gdp"></region-card>`);
    expect(figures(guizhou).gdp).to.equal('about 2,270 billion yuan [1]');
    expect($$(guizhou, '[part="sources"] li[value="1"] .source-note').map(text)).to.deep.equal([
      'GDP Reported as 2.27 trillion yuan: rounded to 0.01 trillion, not an exact figure.',
    ]);
  });

  it('shows no provenance note as body text under a figure: it is filed, in plain words, under the figure’s source', async () => {
    const el = await card(html`<region-card region="Guangdong" metrics="gdp"></region-card>`);
    expect(seen($(el, '[part="figures"]'))).to.equal('GDP, 2024 14,163.38 billion yuan [1]');
    expect(text($(el, '[part="sources"] li .source-note:last-child'))).to.equal(
      "GDP The province's 2024 statistical communiqué gives 141,633.81 (in 100 million yuan), as does a social-media post citing a commercial database.",
    );
  });

  it('gives each figure’s remark, and each source, in the reader’s language', async () => {
    const zh = await card(html`<region-card region="Shandong" lang="zh" metrics="area"></region-card>`);
    expect(text($(zh, '.source-note:last-child'))).to.equal('面积公布的数字不一：其他网页分别为15.58万、15.71万、15.79万或15.81万平方千米；此处采用列表数字。');
    expect($$(zh, 'dt').map(text)).to.deep.equal(['面积（来源未注明年份）']);
    const da = await card(html`<region-card region="Jiangsu" lang="da" metrics="area"></region-card>`);
    expect(text($(da, '.source-note:last-child'))).to.equal(
      'Areal Offentliggjorte tal afviger: en profil fra Nara-præfekturets regering og flere andre sider angiver 107.200 km²; listens tal er bevaret.',
    );
    expect($$(da, 'dt').map(text)).to.deep.equal(['Areal, intet referenceår oplyst']);
    const beijing = await card(html`<region-card region="Beijing" lang="zh" metrics="gdp"></region-card>`);
    expect(text($(beijing, '[part="sources"] li'))).to.equal('[1] 北京市统计局，北京市2024年国民经济和社会发展统计公报，2025年，经m.bsbk.net转载 m.bsbk.net');
    expect($(beijing, '[part="sources"] a')!.getAttribute('href')).to.equal('https://m.bsbk.net/news/D8OeGgbj6R.html');
    const hubei = await card(html`<region-card region="Hubei" lang="da" metrics="gdp"></region-card>`);
    expect(text($(hubei, '[part="sources"] li'))).to.equal(
      '[1] Hubeis provinsielle statistikkontor, Hubeis økonomi i 2024 ifølge statistikkontorets direktør, 2025, via en artikel fra Hubei TV (news.hbtv.com.cn) news.hbtv.com.cn',
    );
  });

  it('gives the article’s claims about the region and its clusters', async () => {
    const anhui = await card(html`<region-card region="Anhui"></region-card>`);
    expect($$(anhui, '[data-claim]').map((li) => li.dataset.claim)).to.deep.equal(['R2', 'Y1']);
    expect(seen($(anhui, '[data-claim="Y1"]'))).to.equal('The Yangtze River Delta works as one single, giant research and development laboratory. [3]');
    expect(text($(anhui, '.via'))).to.equal('Yangtze River Delta as a whole');
    const mongolia = await card(html`<region-card region="CN-NM" lang="zh"></region-card>`);
    expect(text($(mongolia, '[data-claim="R7"] .claim-figure'))).to.equal('22万PetaFLOPS');
    const beijing = await card(html`<region-card region="Beijing"></region-card>`);
    expect(text($(beijing, '[data-claim="B1"] .claim-note'))).to.equal('“Reliable computing” may mean trusted or secure-and-reliable computing.');
    expect(text($(beijing, '[data-claim="R4"] .claim-figure'))).to.equal('210 technological bottlenecks');
  });

  it('words the claims as the article does', async () => {
    const jiangsu = await card(html`<region-card region="Jiangsu"></region-card>`);
    expect(seen($(jiangsu, '[data-claim="R3"]'))).to.equal(
      'a national leader Jiangsu, in particular, is a national leader in potential unicorn companies, focused on the “new three”: electric vehicles, batteries and solar panels. [3]',
    );
    const jiangsuZh = await card(html`<region-card region="江苏" lang="zh"></region-card>`);
    expect(text($(jiangsuZh, '[data-claim="R3"] .claim-figure'))).to.equal('全国领先');
    expect(seen($(jiangsuZh, '[data-claim="Y1"]'))).to.equal(`长三角如同一个单一的巨型研发实验室。${J}[3]`);
    expect(text($(jiangsuZh, '.via'))).to.equal('关于长江三角洲整体');
    const ningxia = await card(html`<region-card region="Ningxia" lang="da"></region-card>`);
    expect(seen($(ningxia, '[data-claim="R9"]'))).to.equal(
      'Ningxia, der engang var kendt for kul, er nu et center for grøn brint og kulstoffri databehandling og er ved at opføre en “Hydrogen-Ammonia Valley”. [3]',
    );
  });

  it('leaves out the article’s section where it names neither the region nor its clusters, and says nothing of what it leaves out', async () => {
    const shanxi = await card(html`<region-card region="Shanxi"></region-card>`);
    expect($(shanxi, '[part="claims"]')).to.equal(null);
    const zhejiang = await card(html`<region-card region="Zhejiang" lang="da"></region-card>`);
    expect($$(zhejiang, '[data-claim]').map((li) => li.dataset.claim)).to.deep.equal(['Y1']);
    expect(text($(zhejiang, '.via'))).to.equal('Yangtze-floddeltaet som helhed');
  });

  it('reads as published copy in en, zh and da: no editorial notes, a cluster named once over its claims, no doubled colon', async () => {
    const internal = /Uncertain gloss|Usikker gengivelse|译法存疑|specific highlight|fremhæver ikke|未专门提及|\bNote:|Bemærk:|注：|As part of|Som en del af|作为.{1,12}的一部分|::|：：|: ?：|：:/;
    for (const lang of ['en', 'zh', 'da']) {
      for (const region of ['Guangdong', 'Beijing', 'Tianjin', 'Tibet', 'Zhejiang']) {
        const el = await card(html`<region-card region=${region} lang=${lang} metrics="population area gdp gdp-growth rd-intensity"></region-card>`);
        expect(seen($(el, '[part="card"]')), `${region} ${lang}`).not.to.match(internal);
      }
      const gd = await card(html`<region-card region="Guangdong" lang=${lang}></region-card>`);
      expect($$(gd, '.via').length, lang).to.equal(1);
      expect($$(gd, '.via + ul [data-claim]').map((li) => li.dataset.claim), lang).to.deep.equal(['G1', 'G2', 'G3', 'G4']);
    }
  });

  it('writes percentages as each language does: 90% in English and Chinese, 90 % in Danish', async () => {
    const claimText = async (lang: string) => {
      const el = await card(html`<region-card region="Guangdong" lang=${lang}></region-card>`);
      return [text($(el, '[data-claim="G2"] .claim-figure')), seen($(el, '[data-claim="G2"]')), seen($(el, '[part="card"]'))];
    };
    const [en, enClaim, enCard] = await claimText('en');
    expect([en, enClaim.includes('makes up 90% of'), /\d %/.test(enCard)]).to.deep.equal(['90%', true, false]);
    const [zh, zhClaim, zhCard] = await claimText('zh');
    expect([zh, zhClaim.includes('总量的90%'), /\d %/.test(zhCard)]).to.deep.equal(['90%', true, false]);
    const [da] = await claimText('da');
    expect(da).to.equal('90 %'); // text() folds the no-break space
    const qinghai = await card(html`<region-card region="Qinghai"></region-card>`);
    expect(seen($(qinghai, '[data-claim="R10"]'))).to.contain('more than 93% of its installed capacity');
  });

  it('shows cluster badges, with Guangdong’s partial membership of the GBA', async () => {
    const el = await card(html`<region-card region="Guangdong"></region-card>`);
    expect($$(el, '.badge').map((b) => text(b))).to.deep.equal(['Greater Bay Area', 'Greater Bay Area computing hub (East Data, West Computing)']);
    expect(text($(el, '.part-of'))).to.equal(
      "Greater Bay Area (in part): 9 of Guangdong's 21 prefecture-level cities (Guangzhou, Shenzhen, Zhuhai, Foshan, Huizhou, Dongguan, Zhongshan, Jiangmen, Zhaoqing)",
    );
    expect($$(el, '[data-claim]').map((li) => li.dataset.claim)).to.deep.equal(['R16', 'G1', 'G2', 'G3', 'G4']);
  });

  it('spells out every badge in the reader’s language, seen and read alike: no bare abbreviation', async () => {
    for (const [lang, badges] of [
      ['en', ['Beijing-Tianjin-Hebei', 'Beijing-Tianjin-Hebei computing hub (East Data, West Computing)']],
      ['zh', ['京津冀', '“东数西算”京津冀算力枢纽']],
      ['da', ['Beijing-Tianjin-Hebei-området', 'Beijing-Tianjin-Hebei-computerknudepunktet (programmet East Data, West Computing)']],
    ] as const) {
      const el = await card(html`<region-card region="Beijing" lang=${lang}></region-card>`);
      const items = $$(el, '[part="badges"] li');
      expect(items.map((b) => seen(b)), lang).to.deep.equal(badges);
      expect(items.map(text), lang).to.deep.equal(badges); // nothing hidden from or added for screen readers
      expect(seen($(el, '[part="card"]')), lang).not.to.match(/\bEDWC\b|\bBTH\b/);
    }
  });

  it('numbers every source it cites, in order, with safe links', async () => {
    const el = await card(html`<region-card region="CN-AH"></region-card>`);
    const notes = $$(el, '[part="sources"] li');
    expect(notes.map((li) => li.getAttribute('value'))).to.deep.equal(['1', '2', '3']);
    expect(text(notes[0])).to.equal(
      '[1] National Bureau of Statistics & State Council Leading Group Office for the 7th National Population Census, 第七次全国人口普查公报（第三号）——地区人口情况, table 3-1 and note 4, 2021, via a repost on zczxwang.com zczxwang.com ' +
        'Resident population on 2020-11-01. The 31 figures plus 2,000,000 servicemen equal the national total of 1,411,778,724. Table 3-1 was read on zczxwang.com, note 4 (the macro-regions) on another repost, nvmoo.com.',
    );
    expect(text(notes[1])).to.match(/^\[2\] Wikipedia, List of Chinese administrative divisions by area, n\.d\., via the worddisk\.com mirror worddisk\.com Land areas as reported by/);
    expect(text(notes[1].querySelector('.source-note'))).to.equal(
      'Land areas as reported by the national or provincial-level government pages the list cites (those pages were not read). The list gives no reference year. The mirror copies the English Wikipedia page.',
    );
    expect(text(notes[2])).to.equal(
      "[3] CGTN, China's cross-regional landscape of new quality productive forces (Danish translation), 2026 " +
        'Analysis of the 2026 government work reports of the 31 provincial-level regions, published ahead of the national Two Sessions of March 2026.',
    );
    for (const link of $$(el, '[part="sources"] a')) expect(link.getAttribute('href')).to.match(/^https?:\/\//);
  });

  it('highlights the region on the locator map, or leaves the map out', async () => {
    const el = await card(html`<region-card region="Shanghai"></region-card>`);
    const highlighted = $$(el, '[part="map"] path.this').map((p) => p.dataset.region);
    expect(highlighted).to.deep.equal(['CN-SH']);
    expect($(el, '[part="map"]')!.getAttribute('aria-label')).to.equal('Location of Shanghai in China');
    el.noMap = true;
    await el.updateComplete;
    expect($(el, '[part="map"]')).to.equal(null);
  });

  it('rings a region too small to see by its fill, around its outline, and no other', async () => {
    for (const region of ['Shanghai', 'Beijing', 'Tianjin', 'Hainan']) {
      const el = await card(html`<region-card region=${region}></region-card>`);
      const box = ($(el, '[part="map"] path.this') as unknown as SVGPathElement).getBBox();
      const ring = $(el, '[part="map"] circle')!;
      const [cx, cy, r] = ['cx', 'cy', 'r'].map((a) => Number(ring.getAttribute(a)));
      const halfDiagonal = Math.hypot(box.width, box.height) / 2;
      // Every corner of the region's box inside the ring, the ring at most 4 units clear of it.
      const farthest = Math.max(...[box.x, box.x + box.width].flatMap((x) => [box.y, box.y + box.height].map((y) => Math.hypot(x - cx, y - cy))));
      expect([farthest <= r, r <= halfDiagonal + 4, Math.max(box.width, box.height) < 16], region).to.deep.equal([true, true, true]);
    }
    for (const region of ['Zhejiang', 'Ningxia', 'Chongqing', 'Anhui', 'Sichuan']) {
      const el = await card(html`<region-card region=${region}></region-card>`);
      const box = ($(el, '[part="map"] path.this') as unknown as SVGPathElement).getBBox();
      expect([$(el, '[part="map"] circle'), Math.max(box.width, box.height) >= 16], region).to.deep.equal([null, true]);
    }
    // On the compact card's small map, a region under about 16 px on screen is ringed too.
    for (const [region, ringed] of [['Zhejiang', true], ['Ningxia', true], ['Xinjiang', false], ['Inner Mongolia', false]] as const) {
      const el = await card(html`<region-card region=${region} variant="compact"></region-card>`, 300);
      const shown = ($(el, '[part="map"] path.this') as unknown as SVGPathElement).getBoundingClientRect();
      expect([!!$(el, '[part="map"] circle'), Math.max(shown.width, shown.height) < 16], region).to.deep.equal([ringed, ringed]);
    }
  });

  it('keeps the compact card compact at 300 px: name, type, up to three figures, the lead claim, the rest behind a disclosure', async () => {
    for (const lang of ['en', 'zh', 'da']) {
      for (const region of ['Guangdong', 'Beijing', 'Qinghai', 'Inner Mongolia', 'Guizhou']) {
        const el = await card(html`<region-card region=${region} lang=${lang} variant="compact" metrics="population area density gdp"></region-card>`, 300);
        const height = el.getBoundingClientRect().height;
        expect(height, `${region} ${lang}: ${height} px`).to.be.at.most(450);
        expect($$(el, '.overview dd').length, region).to.equal(3);
        expect($$(el, '.claims [data-claim]').length, region).to.equal(1);
        const more = $(el, 'details.more') as HTMLDetailsElement;
        expect([more.open, more.querySelectorAll('dd').length, more.querySelectorAll('[part="sources"] li').length > 0], region).to.deep.equal([false, 1, true]);
        // The disclosure says what it holds: never "Sources" alone over a figure.
        if (lang === 'en') {
          const claimsBehind = more.querySelectorAll('[data-claim]').length > 0;
          expect(text(more.querySelector('summary')), region).to.equal(claimsBehind ? 'More from the article, and sources' : 'More figures, and sources');
        }
      }
    }
  });

  it('keeps each figure on one line, its unit with its number, and nothing wider than the card, from 280 to 1,200 px in en, zh and da', async () => {
    for (const lang of ['en', 'zh', 'da']) {
      for (const width of [280, 360, 480, 768, 1200]) {
        for (const variant of ['full', 'compact']) {
          const el = await card(html`<region-card region="Inner Mongolia" lang=${lang} variant=${variant} metrics="population area density gdp rd-intensity"></region-card>`, width);
          const where = `${lang} ${width} ${variant}`;
          const article = $(el, '[part="card"]')!;
          expect(article.scrollWidth, where).to.be.at.most(article.clientWidth + 1);
          for (const dd of $$(el, 'dd')) {
            const lineHeight = parseFloat(getComputedStyle(dd).lineHeight);
            expect(dd.getBoundingClientRect().height, `${where} ${seen(dd)}`).to.be.below(lineHeight * 1.5);
          }
        }
      }
    }
  });

  it('fits a 280 px sidebar in the compact variant', async () => {
    const el = await card(html`<region-card region="Guangdong" variant="compact"></region-card>`, 280);
    expect($$(el, '.source-note')).to.have.length(0); // notes on sources, like remarks on figures, are for the full card
    const article = $(el, '[part="card"]')!;
    expect(article.scrollWidth).to.be.at.most(article.clientWidth + 1);
    expect(el.getBoundingClientRect().width).to.be.at.most(280);
  });

  it('shows the page’s own headline and footer', async () => {
    const el = await card(html`<region-card region="CN-AH"><h2 slot="headline">Anhui at a glance</h2><p slot="footer">Graphic: The Daily</p></region-card>`);
    const slotted = (name: string) => ($(el, `slot[name="${name}"]`) as HTMLSlotElement).assignedElements().map((e) => e.textContent);
    expect(slotted('headline')).to.deep.equal(['Anhui at a glance']);
    expect(slotted('footer')).to.deep.equal(['Graphic: The Daily']);
  });

  it('shows figures of the page’s own data', async () => {
    const el = await card(html`<region-card region="CN-AH" metrics="labs population"></region-card>`);
    el.data = { metrics: [{ id: 'labs', label: 'Key laboratories', unit: 'labs', year: 2025, source: { publisher: 'The Daily', title: 'Survey', url: 'javascript:alert(1)' } }], values: [{ region: 'Anhui', value: 12 }] };
    await settle(el);
    expect(figures(el)).to.deep.equal({ labs: '12 labs [1]', population: '61,027,171 people [2]' });
    expect(text($(el, '[part="sources"] li'))).to.equal('[1] The Daily, Survey');
    expect($(el, '[part="sources"] li:first-child a')).to.equal(null);
  });

  it('names a source whose address cannot be parsed without linking it', async () => {
    const el = await card(html`<region-card region="CN-AH" metrics="labs"></region-card>`);
    el.data = { metrics: [{ id: 'labs', label: 'Labs', unit: 'labs', year: 2025, source: { publisher: 'The Daily', title: 'Survey', url: 'http://' } }], values: [{ region: 'Anhui', value: 12 }] };
    await settle(el);
    expect($(el, '[part="problem"]')).to.equal(null);
    expect(text($(el, '[part="sources"] li'))).to.equal('[1] The Daily, Survey');
    expect($(el, '[part="sources"] li a')).to.equal(null);
  });
});

describe('<region-card> errors', () => {
  it('suggests the closest regions for an unknown one', async () => {
    const el = await card(html`<region-card region="Shanxii"></region-card>`);
    expect(text($(el, '[part="problem"]'))).to.equal('This graphic can’t be shown There is no region “Shanxii”. Did you mean Shanxi or Shaanxi?');
    expect(mosaicWarnings()[0]).to.contain('region="Shanxii" is not one of the 31 regions (closest: CN-SX, CN-SN).');
    el.region = 'Shanxi';
    await el.updateComplete;
    expect($(el, '[part="problem"]')).to.equal(null);
    expect(text($(el, '[part="name"]'))).to.equal('Shanxi, 山西');
  });

  it('reports an unknown metric and a missing region', async () => {
    const metric = await card(html`<region-card region="CN-AH" metrics="population gpd"></region-card>`);
    expect(text($(metric, '[part="problem"]'))).to.contain('The metrics value “gpd” is not valid.');
    const empty = await card(html`<region-card></region-card>`);
    expect(text($(empty, '[part="problem"]'))).to.equal('This graphic can’t be shown There is no region “”.');
    const hongKong = await card(html`<region-card region="Hong Kong" lang="zh"></region-card>`);
    expect(text($(hongKong, '[part="problem"]'))).to.contain('香港不属于内地31个省级行政区，仅作为背景绘制，不含数据。');
  });
});

describe('<region-card> accessibility', () => {
  const configurations = {
    full: html`<region-card region="Anhui"></region-card>`,
    compact: html`<region-card region="Inner Mongolia" variant="compact"></region-card>`,
    'compact, Chinese, its disclosure open': html`<region-card region="Guangdong" variant="compact" lang="zh"></region-card>`,
    chinese: html`<region-card region="广东" lang="zh"></region-card>`,
    dark: html`<region-card region="Beijing" theme="dark" lang="da"></region-card>`,
    error: html`<region-card region="Atlantis"></region-card>`,
  };
  for (const [name, markup] of Object.entries(configurations)) {
    it(`passes axe-core: ${name}`, async () => {
      const el = await card(markup, 300);
      for (const more of $$(el, 'details')) (more as HTMLDetailsElement).open = true;
      await expectAccessible(el);
    });
  }
});

describe('<region-card> names in other scripts and spellings', () => {
  it('refuses Hong Kong, Macao and Taiwan in any spelling as context, in en, zh and da, and recovers', async () => {
    const en = await card(html`<region-card region="Hong Kong SAR"></region-card>`);
    expect(await problemText(en)).to.equal('This graphic can’t be shown Hong Kong is not one of the 31 mainland regions; it is drawn as context, without data.');
    expect(mosaicWarnings()[0]).to.contain('region="Hong Kong SAR" is Hong Kong (CN-HK), which is drawn as context and is not one of the 31 mainland regions.');
    const zh = await card(html`<region-card region="臺灣" lang="zh"></region-card>`);
    expect(await problemText(zh)).to.equal('无法显示此图表 台湾不属于内地31个省级行政区，仅作为背景绘制，不含数据。');
    const da = await card(html`<region-card region="Macau" lang="da"></region-card>`);
    expect(await problemText(da)).to.equal('Grafikken kan ikke vises Macao er ikke en af de 31 regioner på fastlandet; den vises kun som kontekst, uden data.');
    const hk = await card(html`<region-card region="HK"></region-card>`);
    expect(await problemText(hk)).to.equal('This graphic can’t be shown Hong Kong is not one of the 31 mainland regions; it is drawn as context, without data.');
    da.region = '陝西';
    await da.updateComplete;
    expect($(da, '[part="problem"]')).to.equal(null);
    expect(text($(da, '[part="name"]'))).to.equal('Shaanxi, 陕西');
  });

  it('shows the region a traditional-character, tone-marked or full official name means', async () => {
    const shaanxi = await card(html`<region-card region="Shǎnxī"></region-card>`);
    expect(text($(shaanxi, '[part="name"]'))).to.equal('Shaanxi, 陕西');
    const shanxi = await card(html`<region-card region="Shānxī"></region-card>`);
    expect(text($(shanxi, '[part="name"]'))).to.equal('Shanxi, 山西');
    const guangdong = await card(html`<region-card region="廣東省" lang="zh"></region-card>`);
    expect(text($(guangdong, '[part="name"]'))).to.equal('广东');
    const xinjiang = await card(html`<region-card region="Xinjiang Uyghur Autonomous Region" lang="da"></region-card>`);
    expect(text($(xinjiang, '[part="name"]'))).to.equal('Xinjiang, 新疆');
  });
});
