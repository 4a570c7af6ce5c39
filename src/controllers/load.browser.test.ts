import { expect } from '@open-wc/testing';
import { detectFormat, loadText, LoadError } from './load.js';
import '../../test/browser.js';

describe('loadText', () => {
  it('loads text and tells JSON from CSV', async () => {
    const csv = await loadText('/stories/public/example-rd-expenditure.csv', new AbortController().signal);
    expect(csv.format).to.equal('csv');
    expect(csv.text.startsWith('region,value')).to.equal(true);
    const json = await loadText('/data/geo/china-small.topo.json', new AbortController().signal);
    expect(json.format).to.equal('json');
  });

  it('turns HTTP errors and bad addresses into LoadErrors', async () => {
    const failure = (url: string) => loadText(url, new AbortController().signal).then(() => null, (e: unknown) => e);
    const missing = await failure('/no-such-file.csv');
    expect(missing).to.be.instanceOf(LoadError);
    expect((missing as Error).message).to.equal('HTTP 404');
    expect(((await failure('http://[bad')) as Error).message).to.equal('not a valid address');
  });

  it('gives up when the caller aborts, with the caller’s reason', async () => {
    const request = new AbortController();
    const pending = loadText('/stories/public/example-rd-expenditure.csv', request.signal).then(() => 'loaded', (e: unknown) => e);
    request.abort(new DOMException('newer request', 'AbortError'));
    const result = await pending;
    expect((result as DOMException).name).to.equal('AbortError');
  });
});

describe('detectFormat', () => {
  it('reads the content type, then the extension, then the first character', () => {
    expect(detectFormat('/x', 'application/json; charset=utf-8', '')).to.equal('json');
    expect(detectFormat('/x', 'text/csv', '{')).to.equal('csv');
    expect(detectFormat('/x.topojson?v=2', 'text/plain', '')).to.equal('json');
    expect(detectFormat('/x.csv', '', '[')).to.equal('csv');
    expect(detectFormat('/x', '', '  [1]')).to.equal('json');
    expect(detectFormat('/x', '', 'region,value')).to.equal('csv');
  });
});
