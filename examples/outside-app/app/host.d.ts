// What the README's embedding example takes from the host OA system, typed as an OA would type it.
declare const oa: {
  notify(userIds: string[], message: string): Promise<void>;
  pushTask(args: Record<string, unknown>, idempotencyKey: string): Promise<void>;
};
declare const form: Record<string, unknown>;
declare const requestId: string;
declare function showFieldErrors(issues: readonly { pointer: string; message: { 'zh-CN': string; en: string } }[]): void;
