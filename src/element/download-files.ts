/**
 * The files a widget's download menu saves, made in the browser: its figure as SVG text (Lit
 * renders it into a detached element, `XMLSerializer` writes it, `finishFigure` makes it a
 * file), that SVG drawn as PNG, and a file handed to the reader through `<a download>`.
 */
import { render } from 'lit';
import { finishFigure, type Figure } from './static-figure.js';

/** PNG pixels per CSS pixel: twice the widget's width, sharp on high-density screens and in print at column width. */
export const PNG_SCALE = 2;

/** The figure as a standalone SVG file. */
export function svgFile(figure: Figure): string {
  const scratch = document.createElement('div');
  render(figure.template, scratch);
  const root = scratch.querySelector('svg');
  if (!root) throw new Error('The figure rendered no <svg>.');
  return finishFigure(new XMLSerializer().serializeToString(root), figure);
}

/** The SVG could not be loaded as an image: most likely the page's policy refused its blob: URL. */
export class RefusedImage extends Error {}

/**
 * The SVG drawn at {@link PNG_SCALE}× through an `Image` from a blob: URL, the only way a
 * browser draws SVG into a canvas. A page whose Content-Security-Policy leaves `blob:` out of
 * `img-src` refuses that image: the promise rejects, and the widget says so.
 */
export async function pngFile(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new RefusedImage('The SVG could not be loaded as an image from a blob: URL (a Content-Security-Policy without blob: in img-src refuses it).'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * PNG_SCALE);
    canvas.height = Math.round(image.naturalHeight * PNG_SCALE);
    canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The canvas gave no PNG.'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Saves `blob` as `name` through a link with `download` and an object URL, revoked once the
 * browser has surely started the download (FileSaver.js waits 40 s; at once may cancel it).
 */
export function saveFile(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 40_000);
}

/** `province-map`, `GDP`, `zh` → `province-map-gdp-zh`: ASCII letters, digits and hyphens only. */
export function fileStem(parts: readonly string[]): string {
  return parts
    .map((part) => part.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''))
    .filter(Boolean)
    .join('-');
}
