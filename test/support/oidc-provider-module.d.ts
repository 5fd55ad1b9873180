// oidc-provider ships no type declarations; the tests only need its constructor.
declare module 'oidc-provider' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const Provider: new (issuer: string, configuration: Record<string, unknown>) => any;
  export default Provider;
}
