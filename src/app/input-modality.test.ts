import { fireEvent } from '@testing-library/react';
import { trackInputModality } from './input-modality';

const modality = () => document.documentElement.dataset.input;
let stop: () => void;

beforeEach(() => {
  delete document.documentElement.dataset.input;
  stop = trackInputModality(document);
});

afterEach(() => {
  stop();
});

describe('how the learner last acted', () => {
  it('is unknown before any key or pointer press', () => {
    expect(modality()).toBeUndefined();
  });

  it('is the keyboard after Tab or Enter, and the pointer after a mouse or touch press', () => {
    fireEvent.keyDown(document.body, { key: 'Tab' });
    expect(modality()).toBe('keyboard');
    fireEvent.pointerDown(document.body);
    expect(modality()).toBe('pointer');
    fireEvent.keyDown(document.body, { key: 'Enter' });
    expect(modality()).toBe('keyboard');
  });

  it('stays the pointer when a modifier is held or a shortcut is pressed', () => {
    fireEvent.pointerDown(document.body);
    fireEvent.keyDown(document.body, { key: 'Shift' });
    fireEvent.keyDown(document.body, { key: 'r', ctrlKey: true });
    expect(modality()).toBe('pointer');
  });

  it('stops following once cleaned up', () => {
    stop();
    fireEvent.keyDown(document.body, { key: 'Tab' });
    expect(modality()).toBeUndefined();
  });
});
