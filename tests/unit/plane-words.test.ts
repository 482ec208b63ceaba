/**
 * The mesh's data plane and control plane are written 数据平面 and 控制平面 in the Chinese posts, and typed
 * 数据面 and 控制面 as often: either finds what the posts say (shipped index).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/index.js';
import { shippedService } from '../helpers/engine.js';

let engine: Answerer;
beforeAll(async () => {
  engine = await shippedService();
});

describe('数据面 and 控制面', () => {
  it('find the talk and the poster the posts write with 数据平面 and 控制平面', () => {
    expect(engine.answer('ebpf 数据面 华为 那场').results[0]?.text).toContain('华为基于 eBPF 的 Istio 数据平面');
    expect(engine.answer('预测 扩缩 控制面 海报').results[0]?.text).toContain('控制平面组件');
  });
});
