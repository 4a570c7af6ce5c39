import { expect } from '@open-wc/testing';
import { mosaicWarnings } from '../../test/browser.js';
import { define } from './define.js';

describe('define', () => {
  it('registers a free tag', () => {
    class First extends HTMLElement {}
    expect(define('test-define-free', First)).to.equal(true);
    expect(customElements.get('test-define-free')).to.equal(First);
    expect(mosaicWarnings()).to.deep.equal([]);
  });

  it('keeps the first definition of a taken tag, warning once however often it is tried', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    class Third extends HTMLElement {}
    define('test-define-taken', First);
    expect(() => define('test-define-taken', Second)).not.to.throw();
    expect(define('test-define-taken', Second)).to.equal(false);
    expect(define('test-define-taken', Third)).to.equal(false);
    expect(customElements.get('test-define-taken')).to.equal(First);
    expect(mosaicWarnings()).to.deep.equal([
      'innovation-mosaic: <test-define-taken> is already defined (is the library loaded twice?); keeping the first definition.',
    ]);
  });

  it('stays silent when the same class is defined again', () => {
    class Only extends HTMLElement {}
    define('test-define-same', Only);
    expect(define('test-define-same', Only)).to.equal(false);
    expect(mosaicWarnings()).to.deep.equal([]);
  });

  it('warns instead of throwing on a name the registry refuses', () => {
    class Any extends HTMLElement {}
    expect(define('NotAValidName', Any)).to.equal(false);
    expect(mosaicWarnings()).to.have.length(1);
    expect(mosaicWarnings()[0]).to.match(/^innovation-mosaic: <NotAValidName> could not be defined: /);
  });
});
