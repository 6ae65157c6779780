// simple-peer ships no types; y-webrtc imports this build of it, and so does chunked-peer.ts.
declare module 'simple-peer/simplepeer.min.js' {
  const Peer: unknown;
  export default Peer;
}
