// The customer's side of the live picture: one WebRTC connection to the streamer's
// desktop, set up through the service (join, then the streamer's offer arrives on the
// conversation's event stream, then this page answers).
//
// The page is one "viewing". Joining again (a reload, or the same link in another
// browser) makes a new viewing and the desktop serves only the newest; an older page
// that sees an offer for another viewing knows it was taken over. A failed or long
// disconnected connection joins again, and the desktop offers anew.

import { api } from "./common.js";

const GATHER_MS = 3000;      // at most this long to collect our ICE candidates
const OFFER_WAIT_MS = 10000; // join again when no offer came in this time
const DISCONNECTED_MS = 4000;

export class Viewer {
  constructor(token, video, { onStatus = () => {}, onTakenOver = () => {} } = {}) {
    this.token = token;
    this.video = video;
    this.onStatus = onStatus;
    this.onTakenOver = onTakenOver;
    this.session = newSession();
    this.peer = null;
    this.iceServers = [];
    this.active = false;
    this.takenOver = false;  // another page has the picture: do not take it back unasked
    this.timer = null;
  }

  async join() {
    this.active = true;
    this.takenOver = false;
    this.onStatus("connecting");
    clearTimeout(this.timer);
    this.timer = setTimeout(() => { if (this.active) this.join(); }, OFFER_WAIT_MS);
    try {
      const joined = await api(`/api/c/${encodeURIComponent(this.token)}/live/join`,
                               { method: "POST", body: { session: this.session } });
      this.iceServers = joined.ice_servers;
    } catch (error) {
      // Not live (yet, or any more): the stream's state says what to show.
      this.onStatus("idle");
    }
  }

  // Another page of this customer joined: it has the picture now.
  joined({ session }) {
    if (!this.active || session === this.session) return;
    this.stop();
    this.takenOver = true;
    this.onTakenOver();
  }

  async offered({ session, attempt, sdp }) {
    if (!this.active || session !== this.session) return;
    clearTimeout(this.timer);
    this.closePeer();
    const peer = new RTCPeerConnection({ iceServers: this.iceServers });
    this.peer = peer;
    peer.addEventListener("track", (event) => {
      if (this.video.srcObject !== event.streams[0]) {
        this.video.srcObject = event.streams[0] || new MediaStream([event.track]);
      }
    });
    peer.addEventListener("connectionstatechange", () => this.changed(peer));
    await peer.setRemoteDescription({ type: "offer", sdp });
    await peer.setLocalDescription(await peer.createAnswer());
    await gathered(peer);
    if (peer !== this.peer) return;
    await api(`/api/c/${encodeURIComponent(this.token)}/live/answer`, {
      method: "POST", body: { session, attempt, sdp: peer.localDescription.sdp },
    });
  }

  changed(peer) {
    if (peer !== this.peer) return;
    const state = peer.connectionState;
    if (state === "connected") this.onStatus("playing");
    else if (state === "failed") this.rejoin();
    else if (state === "disconnected") {
      this.onStatus("reconnecting");
      setTimeout(() => { if (peer === this.peer && peer.connectionState === "disconnected") this.rejoin(); },
                 DISCONNECTED_MS);
    }
  }

  rejoin() {
    if (!this.active) return;
    this.onStatus("reconnecting");
    this.join();
  }

  // Leaving the page: the streamer sees that the customer left.
  leave() {
    if (!this.active) return;
    const body = new Blob([JSON.stringify({ session: this.session })], { type: "application/json" });
    navigator.sendBeacon(`/api/c/${encodeURIComponent(this.token)}/live/leave`, body);
    this.stop();
  }

  stop() {
    this.active = false;
    clearTimeout(this.timer);
    this.closePeer();
    this.video.srcObject = null;
  }

  closePeer() {
    if (this.peer) this.peer.close();
    this.peer = null;
  }
}

function newSession() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function gathered(peer) {
  if (peer.iceGatheringState === "complete") return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => { if (peer.iceGatheringState === "complete") { clearTimeout(timer); resolve(); } };
    const timer = setTimeout(resolve, GATHER_MS);
    peer.addEventListener("icegatheringstatechange", done);
  });
}
