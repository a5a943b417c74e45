import { describe, expect, it } from 'vitest';
import { browse, createFollowStore, followRoom, noteRoomStage, viewedStage } from './followStore.js';

describe('following the room', () => {
  it('shows the room’s stage while following, and the first section before the agenda starts', () => {
    expect(viewedStage(null, 'plan')).toEqual({ stage: 'plan', following: true });
    expect(viewedStage(null, null)).toEqual({ stage: 'experiences', following: true });
  });

  it('a reader who browsed elsewhere stays there when the room moves, until back to the room', () => {
    const store = createFollowStore();
    browse(store, 'charter', 'experiences');
    expect(viewedStage(store.getState().browsing, 'experiences')).toEqual({ stage: 'charter', following: false });
    noteRoomStage(store, 'plan');
    expect(viewedStage(store.getState().browsing, 'plan')).toEqual({ stage: 'charter', following: false });
    followRoom(store);
    expect(viewedStage(store.getState().browsing, 'plan')).toEqual({ stage: 'plan', following: true });
  });

  it('choosing the room’s own section, or the room arriving where the reader is, is following again', () => {
    const store = createFollowStore();
    browse(store, 'plan', 'plan');
    expect(store.getState().browsing).toBeNull();
    browse(store, 'charter', 'plan');
    noteRoomStage(store, 'charter');
    expect(store.getState().browsing).toBeNull();
  });
});
