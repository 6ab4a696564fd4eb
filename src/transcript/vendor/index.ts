// The vendor adapters, tried in this order when sniffing a file (each detect() is strict, and the
// tests check that no two claim the same fixture or sample shape).
import amazonCallAnalytics from './amazon-call-analytics.js';
import amazonContactLens from './amazon-contact-lens.js';
import amazonTranscribe from './amazon-transcribe.js';
import bedrockAudio from './bedrock-audio.js';
import azureBatch from './azure-batch.js';
import deepgram from './deepgram.js';
import assemblyai from './assemblyai.js';
import whisperx from './whisperx.js';
import whisper from './whisper.js';
import revAi from './rev-ai.js';
import googleStt from './google-stt.js';
import webvtt from './webvtt.js';
import srt from './srt.js';
import speakerLines from './speaker-lines.js';
import type { Adapter } from './types.js';

export const ADAPTERS: readonly Adapter[] = [
  amazonCallAnalytics,
  amazonContactLens,
  amazonTranscribe,
  bedrockAudio,
  azureBatch,
  deepgram,
  assemblyai,
  whisperx,
  whisper,
  revAi,
  googleStt,
  webvtt,
  srt,
  speakerLines,
];
