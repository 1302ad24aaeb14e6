import { describe, expect, it } from 'vitest';
import { textArea } from './crop.ts';

const svg = (body: string, w = 200, h = 100) => `<svg width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" xmlns="http://www.w3.org/2000/svg">${body}</svg>`;
const background = '<rect x="0" y="0" width="200" height="100" fill="#0b1020"/>';
const mask = '<mask id="satori_om-id"><rect x="0" y="0" width="200" height="100" fill="#fff"/></mask>';

describe('the text area of a middle block', () => {
  it('is the box around every path coordinate, widened by a pixel for anti-aliasing', () => {
    const a = textArea(svg(`${mask}${background}<g><path fill="#fff" d="M20.5 30.2L60 30.2Q70 80.9 20.5 41Z"/></g><path fill="#fff" d="M100 10L101 12Z"/>`));
    expect(a?.box).toEqual({ x: 19, y: 9, width: 83, height: 73 });
    expect(a?.cropped).toMatch(/^<svg width="83" height="73" viewBox="19 9 83 73" /);
    expect(a?.background).toBe(svg(background));
  });

  it('stays within the block', () => {
    expect(textArea(svg(`${background}<path fill="#fff" d="M-5 -3L250 120Z"/>`))?.box).toEqual({ x: 0, y: 0, width: 200, height: 100 });
  });

  it('is empty when there is no text', () => {
    expect(textArea(svg(`${mask}${background}`))?.box).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });

  it.each([
    ['another element that paints', `${background}<path fill="#fff" d="M1 1L2 2Z"/><circle cx="5" cy="5" r="3"/>`],
    ['a relative command', `${background}<path fill="#fff" d="M1 1l2 2Z"/>`],
    ['an arc', `${background}<path fill="#fff" d="M1 1A2 2 0 0 1 4 4Z"/>`],
    ['a group that transforms', `${background}<g transform="scale(2)"><path fill="#fff" d="M1 1L2 2Z"/></g>`],
    ['no plain background', `<rect x="0" y="0" width="200" height="100" fill="url(#g)"/><path fill="#fff" d="M1 1L2 2Z"/>`],
    ['an odd number of coordinates', `${background}<path fill="#fff" d="M1 1L2Z"/>`],
  ])('is unknown with %s, so that the block is drawn whole', (_, body) => {
    expect(textArea(svg(body))).toBeUndefined();
  });
});
