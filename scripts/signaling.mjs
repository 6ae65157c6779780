// Runs the signaling server that y-webrtc ships (y-webrtc/bin/server.js), unchanged, on HOST:PORT.
// HOST defaults to 127.0.0.1 (this machine only); a school's server sets HOST=0.0.0.0 behind TLS.
import http from 'node:http';

const host = process.env.HOST || '127.0.0.1';
const listen = http.Server.prototype.listen;
// The shipped server calls server.listen(port) with no host: give it ours.
http.Server.prototype.listen = function (port, ...rest) {
  return typeof port === 'number' || typeof port === 'string' ? listen.call(this, Number(port), host, ...rest) : listen.call(this, port, ...rest);
};
process.env.PORT ||= '4444';
// The package does not export its bin, so reach it beside the module it does export.
await import(new URL('../bin/server.js', import.meta.resolve('y-webrtc')).href);
console.log(`y-webrtc signaling on ws://${host}:${process.env.PORT}`);
