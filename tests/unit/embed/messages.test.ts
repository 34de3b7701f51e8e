import { describe, expect, it } from 'vitest';
import {
  heightMessages,
  HEIGHT_REQUEST,
  iframeResizerInit,
  iframeResizerMessage,
  isIframeResizerRequest,
  isPymWidthMessage,
  isWordPressReady,
  MAX_HEIGHT,
  parseHeight,
  trustedFrame,
  wordpressMessage,
  wordpressSecret,
  type FrameLike,
} from '../../../src/embed/messages.ts';

const ids = { childId: 'pym-7', chartId: 'a-top50-map', href: 'https://atlas.example/embed/a-top50-map/?childId=pym-7' };

describe('heightMessages', () => {
  it('says one height in the pym, Datawrapper, Embedly and AMP forms, rounded up', () => {
    expect(heightMessages(412.3, ids)).toEqual([
      'pymxPYMxpym-7xPYMxheightxPYMx413',
      { 'datawrapper-height': { 'a-top50-map': 413 } },
      JSON.stringify({ src: ids.href, context: 'iframe.resize', height: 413 }),
      { sentinel: 'amp', type: 'embed-size', height: 413 },
    ]);
  });

  it('is read back by parseHeight in every form', () => {
    for (const message of heightMessages(250, ids)) expect(parseHeight(message)).toBe(250);
  });
});

describe('parseHeight', () => {
  it.each([
    ['a pym message of another type', 'pymxPYMxpym-7xPYMxwidthxPYMx300'],
    ['a pym message without a number', 'pymxPYMxpym-7xPYMxheightxPYMx12px'],
    ['a zero height', { 'datawrapper-height': { x: 0 } }],
    ['a negative height', { sentinel: 'amp', type: 'embed-size', height: -4 }],
    ['an absurd height', { context: 'iframe.resize', height: MAX_HEIGHT + 1 }],
    ['a Datawrapper message for two charts', { 'datawrapper-height': { x: 100, y: 200 } }],
    ['an AMP message of another type', { sentinel: 'amp', type: 'embed-ready', height: 100 }],
    ['other JSON', '{"height": 100}'],
    ['broken JSON', '{"context": "iframe.resize", "height": '],
    ['JSON in JSON', JSON.stringify(JSON.stringify({ context: 'iframe.resize', height: 100 }))],
    ['a string height in an object', { sentinel: 'amp', type: 'embed-size', height: 'Infinity' }],
    ['null', null],
    ['a number', 300],
    ['our own request', HEIGHT_REQUEST],
  ])('ignores %s', (_what, data) => {
    expect(parseHeight(data)).toBeNull();
  });

  it('accepts numeric strings where the format allows them', () => {
    expect(parseHeight({ 'datawrapper-height': { x: '321.5' } })).toBe(322);
    expect(parseHeight('pymxPYMxanyxPYMxheightxPYMx99')).toBe(99);
  });
});

describe('isPymWidthMessage', () => {
  it('recognises the width pym.Parent sends on load and on resize', () => {
    expect(isPymWidthMessage('pymxPYMxpym-7xPYMxwidthxPYMx640')).toBe(true);
    expect(isPymWidthMessage('pymxPYMxpym-7xPYMxheightxPYMx640')).toBe(false);
    expect(isPymWidthMessage({ width: 640 })).toBe(false);
  });
});

describe('trustedFrame', () => {
  const site = 'https://atlas.example';
  const win = (name: string) => ({ name });
  const frame = (src: string, contentWindow: unknown, sandbox: string | null = null): FrameLike => ({
    src,
    contentWindow,
    getAttribute: (name) => (name === 'sandbox' ? sandbox : null),
  });
  const ours = win('ours');
  const sandboxed = win('sandboxed');
  const other = win('other');
  const frames = [
    frame(`${site}/embed/a-top50-map/`, ours),
    frame(`${site}/embed/b-cbdc-map/`, sandboxed, 'allow-scripts'),
    frame('https://evil.example/embed/a-top50-map/', other),
  ];

  it('accepts our embed frame speaking from our origin', () => {
    expect(trustedFrame({ source: ours, origin: site }, frames, site)).toBe(frames[0]);
  });

  it('refuses our frame when the origin is another one', () => {
    expect(trustedFrame({ source: ours, origin: 'https://evil.example' }, frames, site)).toBeNull();
    expect(trustedFrame({ source: ours, origin: 'null' }, frames, site)).toBeNull();
  });

  it('refuses windows that are not one of our frames: the host itself, other frames, none', () => {
    expect(trustedFrame({ source: win('host'), origin: site }, frames, site)).toBeNull();
    expect(trustedFrame({ source: other, origin: site }, frames, site)).toBeNull();
    expect(trustedFrame({ source: other, origin: 'https://evil.example' }, frames, site)).toBeNull();
    expect(trustedFrame({ source: null, origin: site }, frames, site)).toBeNull();
  });

  it('refuses frames of our origin outside /embed/', () => {
    const page = win('page');
    expect(trustedFrame({ source: page, origin: site }, [frame(`${site}/charts/`, page)], site)).toBeNull();
    expect(trustedFrame({ source: page, origin: site }, [frame(`${site}.evil.example/embed/x/`, page)], site)).toBeNull();
    expect(trustedFrame({ source: page, origin: site }, [frame(`${site}/en/charts/`, page)], site)).toBeNull();
    expect(trustedFrame({ source: page, origin: site }, [frame(`${site}/fr/embed/x/`, page)], site)).toBeNull();
  });

  it('trusts the embed frames of every edition', () => {
    const english = win('english');
    const frames = [frame(`${site}/en/embed/a-top50-map/`, english)];
    expect(trustedFrame({ source: english, origin: site }, frames, site)).toBe(frames[0]);
  });

  it('accepts origin "null" only from a frame the host sandboxed without allow-same-origin', () => {
    expect(trustedFrame({ source: sandboxed, origin: 'null' }, frames, site)).toBe(frames[1]);
    expect(trustedFrame({ source: sandboxed, origin: site }, frames, site)).toBe(frames[1]);
    const sameOrigin = win('same-origin');
    expect(trustedFrame({ source: sameOrigin, origin: 'null' }, [frame(`${site}/embed/x/`, sameOrigin, 'allow-scripts allow-same-origin')], site)).toBeNull();
  });
});

describe('WordPress', () => {
  it('sends its height message only when the frame’s URL carries a secret', () => {
    expect(wordpressSecret('#?secret=AbC123xyz0')).toBe('AbC123xyz0');
    expect(wordpressSecret('#section?secret=AbC123xyz0')).toBe('AbC123xyz0');
    expect(wordpressSecret('')).toBeNull();
    expect(wordpressSecret('#?secret=')).toBeNull();
    expect(heightMessages(412.3, { ...ids, secret: 'AbC123xyz0' }).at(-1)).toEqual({ message: 'height', value: 413, secret: 'AbC123xyz0' });
    expect(heightMessages(412.3, { ...ids, secret: null })).toEqual(heightMessages(412.3, ids));
    expect(heightMessages(412.3, ids)).toHaveLength(4);
  });

  it('answers "ready" only with its own secret', () => {
    expect(isWordPressReady({ message: 'ready', secret: 'AbC123xyz0' }, 'AbC123xyz0')).toBe(true);
    expect(isWordPressReady({ message: 'ready', secret: 'other00000' }, 'AbC123xyz0')).toBe(false);
    expect(isWordPressReady({ message: 'ready', secret: null }, null)).toBe(false);
    expect(isWordPressReady({ message: 'ready' }, null)).toBe(false);
    expect(isWordPressReady({ message: 'height', secret: 'AbC123xyz0' }, 'AbC123xyz0')).toBe(false);
    expect(isWordPressReady('ready', 'AbC123xyz0')).toBe(false);
  });

  it('is not read as a height by /embed.js', () => {
    expect(parseHeight(wordpressMessage('height', 300, 'AbC123xyz0'))).toBeNull();
  });
});

describe('iframe-resizer v4', () => {
  // What iframeResizer.js 4.x sends first, with its default settings.
  const init = '[iFrameSizer]iFrameResizer0:8:false:false:32:true:true:null:bodyOffset:null:null:0:false:parent:scroll:true';

  it('takes the frame id from the parent’s init message', () => {
    expect(iframeResizerInit(init)).toBe('iFrameResizer0');
    expect(iframeResizerInit('[iFrameSizer]chart-1:0:true:true:32')).toBe('chart-1');
    expect(iframeResizerInit('[iFrameSizer]resize')).toBeNull();
    expect(iframeResizerInit('[iFrameSizer]iFrameResizer0:413:760:init')).toBeNull();
    expect(iframeResizerInit('iFrameResizer0:8:false')).toBeNull();
    expect(iframeResizerInit({ init })).toBeNull();
  });

  it('hears the parent ask again, and answers id:height:width:type', () => {
    expect(isIframeResizerRequest('[iFrameSizer]resize')).toBe(true);
    expect(isIframeResizerRequest('[iFrameSizer]reset')).toBe(true);
    expect(isIframeResizerRequest('[iFrameSizer]moveToAnchor:x')).toBe(false);
    expect(iframeResizerMessage('iFrameResizer0', 412.3, 759.5, 'init')).toBe('[iFrameSizer]iFrameResizer0:413:760:init');
    expect(iframeResizerMessage('iFrameResizer0', 300, 320, 'resizeObserver')).toBe('[iFrameSizer]iFrameResizer0:300:320:resizeObserver');
  });
});
