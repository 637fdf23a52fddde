"""Live video: the streamer's picture and sound, sent to the customer's browser over
WebRTC (aiortc). No Qt here: the media run on a thread of their own, and the desktop
hears of them through callbacks."""
