#!/usr/bin/env node
// Benchmark: generate N synthetic call transcripts (Indonesian, English or both), run `etiket check`
// on them, report speed and memory.
//
//   node scripts/bench.mjs [--calls N] [--seed S] [--lang id|en|mix] [--keep]
//   node scripts/bench.mjs --generate-only DIR [--calls N] [--seed S] [--lang id|en|mix]
//
// Plain Node ESM, built-ins only. Generation is deterministic for a given
// (--calls, --seed, --lang): the same files, byte for byte, so timings are comparable
// between runs and machines. `--lang id` (the default) writes exactly the calls this
// script wrote before it had --lang; `en` writes English calls of the same shapes and
// flaws; `mix` picks each call's language from its own seeded stream, about half each.
//
// Layout of a run (transcripts live in their own folder so that the config and
// the report, both .json, are never picked up as inputs):
//   <tmp>/etiket-bench-XXXX/calls/…        transcripts (.txt, .json, .jsonl)
//   <tmp>/etiket-bench-XXXX/etiket.config.json
//   <tmp>/etiket-bench-XXXX/report.json    written by the CLI (--output)

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(REPO_ROOT, 'bin', 'etiket.js');
const JSONL_CALLS_PER_FILE = 50;
const RSS_POLL_MS = 20;
const LANGS = ['id', 'en', 'mix'];

// ---------------------------------------------------------------- arguments

function usage(message) {
  if (message) process.stderr.write(`bench: ${message}\n`);
  process.stderr.write('usage: node scripts/bench.mjs [--calls N] [--seed S] [--lang id|en|mix] [--keep] [--generate-only DIR]\n');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { calls: 5000, seed: 42, lang: 'id', keep: false, generateOnly: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) usage(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--calls': {
        opts.calls = Number(value());
        if (!Number.isInteger(opts.calls) || opts.calls < 1) usage('--calls must be a positive integer');
        break;
      }
      case '--seed': {
        opts.seed = Number(value());
        if (!Number.isInteger(opts.seed)) usage('--seed must be an integer');
        break;
      }
      case '--lang': {
        opts.lang = value();
        if (!LANGS.includes(opts.lang)) usage(`--lang must be one of ${LANGS.join(', ')}`);
        break;
      }
      case '--keep': opts.keep = true; break;
      case '--generate-only': opts.generateOnly = value(); break;
      case '-h': case '--help': usage(); break;
      default: usage(`unknown argument ${arg}`);
    }
  }
  return opts;
}

// ---------------------------------------------------------------- PRNG

// mulberry32: tiny, fast, good enough for test data, and identical everywhere.
function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRandom(seed) {
  const next = mulberry32(seed);
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)), // inclusive
    float: (lo, hi) => lo + next() * (hi - lo),
    chance: (p) => next() < p,
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    // weighted pick: [[weight, value], ...]
    weighted: (pairs) => {
      const total = pairs.reduce((s, [w]) => s + w, 0);
      let x = next() * total;
      for (const [w, v] of pairs) if ((x -= w) < 0) return v;
      return pairs[pairs.length - 1][1];
    },
  };
  return r;
}

// ---------------------------------------------------------------- phrase pools

const AGENTS = [
  { id: 'A-17', name: 'Anna' }, { id: 'A-21', name: 'Nia' }, { id: 'A-05', name: 'Budi' },
  { id: 'A-09', name: 'Sari' }, { id: 'A-11', name: 'Dimas' }, { id: 'A-14', name: 'Putri' },
  { id: 'A-23', name: 'Rizky' }, { id: 'A-02', name: 'Wati' },
];
const MEN = ['Hendra', 'Agus', 'Bambang', 'Rudi', 'Fajar', 'Yusuf', 'Lukman', 'Dedi', 'Hadi', 'Yoga', 'Eko', 'Joko', 'Andi', 'Teguh', 'Irfan', 'Arif'];
const WOMEN = ['Dewi', 'Rina', 'Maya', 'Siti', 'Ratna', 'Ani', 'Wulandari', 'Fitri', 'Lina', 'Yuni', 'Indah', 'Sri', 'Nur', 'Endang', 'Mega', 'Ayu'];
const SURNAMES = ['Wijaya', 'Lestari', 'Setiawan', 'Marlina', 'Suryanto', 'Anggraini', 'Nugroho', 'Hartono', 'Prasetyo', 'Kusuma', 'Hakim', 'Susanti', 'Pratama', 'Kurniawan', 'Hidayat', 'Saputra', 'Rahmawati', 'Santoso', 'Gunawan', 'Purnomo'];
const COMPANY = ['Ventura', 'Ventura', 'PT Ventura', 'Ventura Jendela'];
const OFFERS = ['ada yang bisa saya bantu?', 'ada yang bisa kami bantu?', 'ada yang bisa dibantu?', 'apa yang bisa saya bantu?'];
const PLACES = ['Depok', 'Bekasi', 'Tangerang Selatan', 'Bogor', 'Cibubur', 'Cikarang', 'Jakarta Timur', 'Jakarta Selatan', 'Ciputat', 'Karawang'];
const DAYS = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const PRODUCTS = ['jendela UPVC', 'jendela geser aluminium', 'jendela casement', 'jendela jungkit', 'pintu balkon UPVC', 'kusen aluminium', 'kasa nyamuk lipat'];
const ROOMS = ['kamar depan', 'ruang tamu', 'dapur', 'kamar mandi', 'kamar anak', 'lantai dua'];
const NUM_WORDS = ['dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];
const HOURS_WORDS = ['delapan pagi', 'sembilan pagi', 'sepuluh pagi', 'sebelas siang', 'satu siang', 'dua siang', 'tiga sore'];

// Customer need -> a few follow-up exchanges. {x} slots are filled per call.
const TOPICS = {
  order: {
    need: ['Saya mau pesan {product} untuk rumah, kira-kira {n} jendela.', 'Saya mau pasang {product} di rumah baru di {place}.', 'Mau tanya, kalau pesan {product} untuk {n} jendela bisa?'],
    customer: ['Harganya berapa per meter?', 'Bisa survei dulu ke rumah?', 'Berapa lama produksinya?', 'Sudah termasuk pemasangan?', 'Ada garansinya?', 'Bisa pakai kaca tempered?', 'Kalau lantai dua ada biaya tambahan?', 'Alamatnya di {place}, masuk area layanan?'],
    agent: ['Untuk {product} mulai dari {price} per meter persegi, sudah termasuk pemasangan, {addr}.', 'Survei pengukuran gratis untuk wilayah {place}, {addr}.', 'Produksi sekitar {n} hari kerja setelah survei dan uang muka, {addr}.', 'Garansi pemasangan satu tahun dan garansi kaca lima tahun, {addr}.', 'Bisa, {addr}, kaca tempered delapan milimeter tambahannya sekitar {price2} per meter persegi.', 'Untuk lantai dua ada biaya perancah dua ratus ribu per titik, {addr}.', 'Baik, {addr}, {place} masuk area layanan kami.'],
  },
  schedule: {
    need: ['Saya mau atur jadwal survei untuk pesanan saya.', 'Jadwal pemasangan jendela saya bisa dimajukan?', 'Saya mau ganti jadwal pemasangan, hari {day} saya tidak di rumah.'],
    customer: ['Hari {day} bisa?', 'Jam berapa timnya datang?', 'Berapa lama pemasangannya?', 'Timnya berapa orang?', 'Perlu saya siapkan apa?'],
    agent: ['Bisa, {addr}, hari {day} pukul {hour}.', 'Tim kami datang pukul {hour}, {addr}, dan mengabari lewat WhatsApp sebelumnya.', 'Untuk {n} unit biasanya satu hari selesai, {addr}.', 'Tim kami dua orang, {addr}, dan membawa peralatan sendiri.', 'Mohon area di depan jendela dikosongkan dari perabot, {addr}.'],
  },
  complaint: {
    need: ['Saya mau komplain, jendela di {room} bocor waktu hujan.', 'Jendela geser yang dipasang bulan lalu macet, susah dibuka.', 'Engsel jendela {room} longgar, jadi susah ditutup.', 'Kaca jendela {room} ada goresan panjang.'],
    customer: ['Saya maunya cepat, musim hujan begini.', 'Itu masuk garansi?', 'Teknisinya bisa datang kapan?', 'Sudah dua kali saya telepon, belum ada yang datang.', 'Biayanya siapa yang tanggung?'],
    agent: ['Mohon maaf atas ketidaknyamanannya, {addr}. Perbaikan ini masuk garansi pemasangan.', 'Teknisi kami bisa datang hari {day} pukul {hour}, {addr}.', 'Sudah saya catat sebagai prioritas, {addr}.', 'Perbaikan dalam masa garansi tanpa biaya, {addr}.', 'Kemungkinan sealant di sambungan kusen belum sempurna, {addr}, teknisi akan memeriksanya.'],
  },
  status: {
    need: ['Saya mau tanya status pesanan saya, nomor VJ-{order}.', 'Pesanan jendela saya sudah sampai mana ya?', 'Saya sudah bayar uang muka, kapan dipasang?'],
    customer: ['Kapan kira-kira selesai?', 'Kemarin katanya minggu ini sudah bisa dipasang?', 'Sisa pembayarannya kapan?', 'Kuitansinya bisa dikirim lewat email?'],
    agent: ['Pesanan {addr} masih di tahap produksi kaca, perkiraan selesai hari {day}.', 'Pemasangan dijadwalkan hari {day}, {date} November, pukul {hour}.', 'Pelunasan setelah pemasangan selesai dan hasilnya sudah diperiksa, {addr}.', 'Bisa, {addr}, kuitansi kami kirim ke email yang terdaftar hari ini juga.'],
  },
};
const FILLER_CUSTOMER = ['Oke.', 'Baik.', 'Oh begitu.', 'Iya, Mbak.', 'Oke, jelas.', 'Hmm, baik.', 'Siap.'];
const FILLER_AGENT = ['Baik, {addr}, sudah saya catat.', 'Betul, {addr}.', 'Saya ulangi ya, {addr}, jadwalnya hari {day} pukul {hour}.', 'Terima kasih infonya, {addr}.'];

// English calls to the same company (an Indonesian window maker with English-speaking
// customers), the counterparts of the pools above. Most lines use phrasings the English lexicon
// (rules/lexicons/en.json) knows; BLUNT_EN, the bad openings and name requests, the bare
// "Hold on" and "Sorry for the wait" are there to be flagged.
const MEN_EN = ['Mark', 'David', 'James', 'Robert', 'Michael', 'Daniel', 'Thomas', 'Steven', 'Paul', 'Kevin', 'Brian', 'Andrew', 'Peter', 'Richard', 'George', 'Jason'];
const WOMEN_EN = ['Laura', 'Sarah', 'Emily', 'Jessica', 'Karen', 'Linda', 'Rachel', 'Susan', 'Helen', 'Megan', 'Olivia', 'Sophie', 'Claire', 'Natalie', 'Hannah', 'Julia'];
const SURNAMES_EN = ['Davis', 'Chen', 'Miller', 'Thompson', 'Walker', 'Harris', 'Clarke', 'Lewis', 'Robinson', 'Wright', 'Mitchell', 'Campbell', 'Evans', 'Edwards', 'Collins', 'Stewart', 'Morris', 'Sullivan', 'Hughes', 'Fraser'];
const COMPANY_EN = ['Ventura', 'Ventura', 'Ventura Windows', 'Ventura Windows and Doors'];
const OFFERS_EN = ['how may I help you?', 'how can I help you today?', 'what can I do for you?', 'how can I assist you?'];
const INTROS_EN = ['this is {name}', 'my name is {name}', "you're speaking with {name}", '{name} speaking'];
const DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const PRODUCTS_EN = ['uPVC windows', 'sliding aluminium windows', 'casement windows', 'awning windows', 'uPVC balcony doors', 'aluminium window frames', 'folding insect screens'];
const ROOMS_EN = ['front bedroom', 'living room', 'kitchen', 'bathroom', "kids' room", 'upstairs bedroom'];
const NUM_WORDS_EN = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'];
const HOURS_WORDS_EN = ['eight in the morning', 'nine in the morning', 'ten in the morning', 'eleven in the morning', 'one in the afternoon', 'two in the afternoon', 'three in the afternoon'];
const PRICES_EN = ['one million rupiah', 'one and a half million rupiah', 'two million rupiah', 'one point eight million rupiah', 'two point three million rupiah'];
const PRICES2_EN = ['three hundred thousand rupiah', 'four hundred thousand rupiah', 'five hundred thousand rupiah'];

const TOPICS_EN = {
  order: {
    need: ["I'd like to order {product} for my house, about {n} windows.", "I want to have {product} installed in my new house in {place}.", 'Quick question, can I order {product} for {n} windows?'],
    customer: ['How much is it per square meter?', 'Can someone come and measure the house first?', 'How long does production take?', 'Does that include installation?', 'Is there a warranty?', 'Can I get tempered glass?', 'Is there an extra charge for the second floor?', 'My address is in {place}, is that in your service area?'],
    agent: ['Our {product} start from {price} per square meter, {addr}, and that includes installation.', 'The measuring visit is free in the {place} area, {addr}.', 'Production takes about {n} working days after the survey and the down payment, {addr}.', 'We give a one year warranty on the installation and five years on the glass, {addr}.', 'Yes, {addr}, eight millimeter tempered glass is about {price2} extra per square meter.', 'For the second floor there is a scaffolding fee of two hundred thousand rupiah per window, {addr}.', 'Yes, {addr}, {place} is in our service area.'],
  },
  schedule: {
    need: ["I'd like to book the survey for my order.", 'Can my window installation be moved to an earlier date?', "I need to change my installation date, I'm not at home on {day}."],
    customer: ['Does {day} work?', 'What time will the team come?', 'How long does the installation take?', 'How many people are on the team?', 'Is there anything I should prepare?'],
    agent: ['Yes, {addr}, {day} at {hour} is available.', 'Our team will be there at {hour}, {addr}, and they will send you a WhatsApp message before they come.', 'For {n} units it usually takes one day, {addr}.', 'It is a team of two, {addr}, and they bring their own tools.', 'Please move the furniture away from the windows before they come, {addr}.'],
  },
  complaint: {
    need: ['I want to make a complaint, the window in the {room} leaks when it rains.', 'The sliding window you installed last month is stuck, it is very hard to open.', 'The hinge on the {room} window is loose, so it does not close properly.', 'There is a long scratch on the glass of the {room} window.'],
    customer: ['I need this fixed quickly, it is the rainy season.', 'Is that covered by the warranty?', 'When can the technician come?', 'I have called twice already and nobody has come.', 'Who pays for the repair?'],
    agent: ['I am very sorry for the inconvenience, {addr}. This repair is covered by the installation warranty.', 'Our technician can come on {day} at {hour}, {addr}.', 'I have marked this as a priority, {addr}.', 'Repairs within the warranty period are free of charge, {addr}.', 'The sealant at the frame joint may not be perfect, {addr}, and the technician will check it.'],
  },
  status: {
    need: ["I'd like to check the status of my order, the number is VJ-{order}.", 'Can you tell me where my window order is at the moment?', 'I have paid the down payment, so when will it be installed?'],
    customer: ['When will it be ready, roughly?', 'I was told it could be installed this week?', 'When do I pay the rest?', 'Can you send me the receipt by email?'],
    agent: ['Your order, {addr}, is still in glass production, it should be ready on {day}.', 'The installation is scheduled for {day}, November {date}, at {hour}.', 'The balance is paid once the installation is finished and checked, {addr}.', 'Yes, {addr}, we will send the receipt to your registered email today.'],
  },
};
const FILLER_CUSTOMER_EN = ['Okay.', 'Alright.', 'Oh, I see.', 'Yes, okay.', 'Okay, got it.', 'Hmm, okay.', 'Sure.'];
const FILLER_AGENT_EN = ['Alright, {addr}, I have made a note of that.', "That's right, {addr}.", 'Let me repeat that, {addr}, the appointment is on {day} at {hour}.', 'Thank you for the information, {addr}.'];
// Lines avoid-phrases should flag; "Give me …" is the bare request polite-words quotes when a call has no please-word.
const BLUNT_EN = ["I don't know, {addr}, the production team handles that.", 'You have to send us a photo of the window first, {addr}.', "We can't send a technician before {day}, {addr}.", 'You need to be at home when the team comes, {addr}.', 'The price is fixed, but the survey is free, {addr}.', 'Give me your order number.'];

// ---------------------------------------------------------------- one call

// Deal lines from a shuffled copy, reshuffling when it runs out, so a call rarely repeats itself.
function deck(arr, r) {
  let cards = [];
  return () => {
    if (!cards.length) {
      cards = arr.slice();
      for (let i = cards.length - 1; i > 0; i--) {
        const j = Math.floor(r.next() * (i + 1));
        [cards[i], cards[j]] = [cards[j], cards[i]];
      }
    }
    return cards.pop();
  };
}

function timeGreetingFor(hour) {
  if (hour < 10) return 'pagi';
  if (hour < 15) return 'siang';
  if (hour < 18) return 'sore';
  return 'malam';
}

function asrMangle(text, r) {
  let t = text.toLowerCase().replace(/[.,?!]/g, '').replace(/\s+/g, ' ').trim();
  t = t.replace(/terima kasih/g, () => r.pick(['trima kasih', 'makasih', 'terimakasih', 'terima kasih']));
  t = t.replace(/selamat/g, () => r.pick(['slamat', 'selamat']));
  return t;
}

function genCall(index, r) {
  const direction = r.chance(0.08) ? 'outbound' : 'inbound';
  const agent = r.pick(AGENTS);
  const male = r.chance(0.5);
  const first = r.pick(male ? MEN : WOMEN);
  const customer = `${first} ${r.pick(SURNAMES)}`;
  const title = male ? 'Pak' : 'Bu';
  const titleLong = male ? 'Bapak' : 'Ibu';
  const addr = `${title} ${first}`;
  const asr = r.chance(0.08);

  // Start time: across the whole day, weighted to office hours.
  const hour = r.weighted([[1, r.int(0, 6)], [10, r.int(7, 11)], [10, r.int(12, 16)], [5, r.int(17, 20)], [1, r.int(21, 23)]]);
  const day = r.int(1, 30);
  const p2 = (n) => String(n).padStart(2, '0');
  const started = `2026-11-${p2(day)}T${p2(hour)}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}+07:00`;

  const slots = () => ({
    product: r.pick(PRODUCTS), n: r.pick(NUM_WORDS), place: r.pick(PLACES), day: r.pick(DAYS),
    date: r.int(2, 30), hour: r.pick(HOURS_WORDS), room: r.pick(ROOMS), order: `${r.int(2601, 2612)}-${p2(r.int(0, 99))}${p2(r.int(0, 99))}`,
    price: `${r.pick(['satu juta', 'satu koma lima juta', 'dua juta', 'satu juta delapan ratus ribu', 'dua juta tiga ratus ribu'])}`,
    price2: r.pick(['tiga ratus ribu', 'empat ratus ribu', 'lima ratus ribu']), addr,
  });
  const fill = (tpl) => {
    const s = slots();
    return tpl.replace(/\{(\w+)\}/g, (_, k) => s[k]);
  };

  // Build the script: a list of items in order.
  const items = []; // { sp: 'A'|'C', text } | { hold: seconds } | { gapBefore: seconds } (applies to next utterance)
  const say = (sp, text) => items.push({ sp, text });

  // Opening
  const company = r.pick(COMPANY);
  const tg = timeGreetingFor(hour);
  if (direction === 'inbound') {
    const variant = r.weighted([[60, 'good'], [10, 'halo'], [8, 'noCompany'], [7, 'noName'], [7, 'wrongTime'], [4, 'noOffer'], [4, 'noGreeting']]);
    const greet = variant === 'wrongTime' ? r.pick(['pagi', 'siang', 'sore', 'malam'].filter((g) => g !== tg)) : tg;
    const parts = {
      time: `Selamat ${greet}`,
      company: variant === 'noCompany' ? null : company,
      name: variant === 'noName' ? null : r.pick([`dengan ${agent.name}`, `nama saya ${agent.name}`, `saya ${agent.name}`]),
      offer: variant === 'noOffer' ? null : r.pick(OFFERS),
    };
    if (variant === 'noGreeting') parts.time = null;
    let opening = r.chance(0.8)
      ? [parts.time, parts.company, parts.name, parts.offer]
      : [parts.company, parts.time, parts.name, parts.offer];
    opening = opening.filter(Boolean).join(', ');
    if (variant === 'halo') opening = `Halo, ${opening}`;
    say('A', opening.charAt(0).toUpperCase() + opening.slice(1));
  } else {
    const ask = r.chance(0.85) ? ` Apakah ${titleLong} nyaman untuk berbicara sekarang?` : '';
    say('A', `Selamat ${tg}, ${addr}, saya ${agent.name} dari ${company}, mengenai pesanan jendela ${titleLong}.${ask}`);
    say('C', r.pick(['Iya, bisa, silakan.', 'Boleh, Mas.', 'Iya, ada apa ya?', 'Bisa, Mbak.']));
  }

  // Need + name
  const topicName = r.pick(Object.keys(TOPICS));
  const topic = TOPICS[topicName];
  if (direction === 'inbound') {
    const nameMode = r.weighted([[40, 'given'], [40, 'polite'], [10, 'interrogation'], [10, 'never']]);
    if (nameMode === 'given') {
      say('C', `Selamat ${tg}. Nama saya ${customer}. ${fill(r.pick(topic.need))}`);
      say('A', `Terima kasih, ${addr}. ${fill(r.pick(topic.agent))}`);
    } else {
      say('C', `${r.pick(['Halo', tg.charAt(0).toUpperCase() + tg.slice(1), 'Selamat ' + tg])}, Mbak. ${fill(r.pick(topic.need))}`);
      if (nameMode === 'polite') say('A', r.pick([`Baik, ${title}. Boleh saya tahu nama ${titleLong}?`, `Mohon maaf, dengan ${titleLong} siapa saya berbicara?`, `Bisa, ${title}. Atas nama siapa, ${title}?`]));
      else if (nameMode === 'interrogation') say('A', r.pick(['Siapa ini?', 'Dengan siapa saya bicara?', 'Ini siapa ya?']));
      if (nameMode !== 'never') {
        say('C', r.chance(0.5) ? customer + '.' : `Saya ${customer}.`);
        say('A', `Terima kasih, ${addr}. ${fill(r.pick(topic.agent))}`);
      } else {
        say('A', fill(r.pick(topic.agent)));
      }
    }
  } else {
    say('A', `Terima kasih, ${addr}. ${fill(r.pick(TOPICS.schedule.agent))}`);
  }

  // Middle: alternate customer/agent until the target length, leaving room for the closing (4 utterances).
  const target = r.int(8, 40);
  const holdAt = r.chance(0.3) ? r.int(0, 4) : -1; // which middle exchange gets a hold
  let exchange = 0;
  const count = () => items.filter((x) => x.sp).length;
  const customerLines = deck(topic.customer, r);
  const agentLines = deck(topic.agent, r);
  // At least one exchange, so the shortest call (outbound, no hold) still has 9 utterances.
  while (exchange === 0 || count() + (exchange === holdAt ? 4 : 2) + 4 <= target) {
    say('C', fill(r.chance(0.75) ? customerLines() : r.pick(FILLER_CUSTOMER)));
    if (exchange === holdAt) {
      say('A', r.pick([`Mohon tunggu sebentar ya ${title}, saya cek dulu di sistem.`, `Baik, mohon tunggu sebentar, ${addr}.`, `Saya cek dulu ya ${title}, mohon tunggu sebentar.`]));
      say('C', r.pick(['Iya.', 'Baik.', 'Silakan.', 'Oke.']));
      const withHoldEvent = r.chance(0.8);
      const seconds = r.int(8, 45);
      if (withHoldEvent) items.push({ hold: seconds });
      else items.push({ gapBefore: seconds });
      const thanks = r.chance(0.75) ? `Terima kasih sudah menunggu, ${addr}. ` : '';
      say('A', thanks + fill(agentLines()));
    } else {
      say('A', fill(r.chance(0.8) ? agentLines() : r.pick(FILLER_AGENT)));
    }
    exchange++;
  }

  // Closing (the middle ended with the agent, so the customer speaks first)
  say('C', r.pick(FILLER_CUSTOMER));
  say('A', r.pick([`Ada lagi yang bisa saya bantu, ${title}?`, 'Ada lagi yang bisa dibantu?', `Baik, ${addr}. Masih ada yang bisa kami bantu?`]));
  say('C', r.pick(['Sudah, itu saja. Terima kasih.', 'Tidak ada, makasih.', 'Sudah cukup, Mbak.', 'Itu saja.']));
  say('A', r.pick([`Terima kasih telah menghubungi ${company}, ${addr}. Selamat ${tg}.`, `Terima kasih atas waktunya, ${addr}. Selamat beraktivitas kembali.`, `Terima kasih, ${addr}. Selamat ${tg}.`]));

  if (asr) for (const it of items) if (it.sp) it.text = asrMangle(it.text, r);

  return finishCall(index, direction, started, agent, customer, items, r);
}

// English: good morning until 12:00, good afternoon until 18:00 (en.json timeBands).
function timeGreetingEn(hour) {
  if (hour < 12) return 'morning';
  if (hour < 18) return 'afternoon';
  return 'evening';
}

// English ASR output: lowercase, no punctuation, no apostrophes ("whats", "maam"), a few spellings.
function asrMangleEn(text, r) {
  let t = text.toLowerCase().replace(/[.,?!']/g, '').replace(/\s+/g, ' ').trim();
  t = t.replace(/thank you/g, () => r.pick(['thank you', 'thankyou', 'thanks', 'thank you']));
  t = t.replace(/\bokay\b/g, () => r.pick(['okay', 'ok']));
  t = t.replace(/\bmr\b/g, () => r.pick(['mr', 'mister']));
  return t;
}

// The English counterpart of genCall: the same structure, shares and flaws.
function genCallEn(index, r) {
  const direction = r.chance(0.08) ? 'outbound' : 'inbound';
  const agent = r.pick(AGENTS);
  const male = r.chance(0.5);
  const first = r.pick(male ? MEN_EN : WOMEN_EN);
  const last = r.pick(SURNAMES_EN);
  const customer = `${first} ${last}`;
  const title = male ? 'sir' : "ma'am"; // a form of address on its own
  // The name in the agent's mouth: mostly Mr/Ms/Mrs and the last name, sometimes the first name.
  const addr = r.chance(0.85) ? `${male ? 'Mr' : r.pick(['Ms', 'Mrs'])} ${last}` : first;
  const asr = r.chance(0.08);

  const hour = r.weighted([[1, r.int(0, 6)], [10, r.int(7, 11)], [10, r.int(12, 16)], [5, r.int(17, 20)], [1, r.int(21, 23)]]);
  const day = r.int(1, 30);
  const p2 = (n) => String(n).padStart(2, '0');
  const started = `2026-11-${p2(day)}T${p2(hour)}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}+07:00`;

  const slots = () => ({
    product: r.pick(PRODUCTS_EN), n: r.pick(NUM_WORDS_EN), place: r.pick(PLACES), day: r.pick(DAYS_EN),
    date: r.int(2, 30), hour: r.pick(HOURS_WORDS_EN), room: r.pick(ROOMS_EN), order: `${r.int(2601, 2612)}-${p2(r.int(0, 99))}${p2(r.int(0, 99))}`,
    price: r.pick(PRICES_EN), price2: r.pick(PRICES2_EN), addr,
  });
  const fill = (tpl) => {
    const s = slots();
    return tpl.replace(/\{(\w+)\}/g, (_, k) => s[k]);
  };
  const cap = (text) => text.charAt(0).toUpperCase() + text.slice(1);

  const items = [];
  const say = (sp, text) => items.push({ sp, text });

  // Opening
  const company = r.pick(COMPANY_EN);
  const tg = timeGreetingEn(hour);
  if (direction === 'inbound') {
    const variant = r.weighted([[60, 'good'], [10, 'halo'], [8, 'noCompany'], [7, 'noName'], [7, 'wrongTime'], [4, 'noOffer'], [4, 'noGreeting']]);
    const greet = variant === 'wrongTime' ? r.pick(['morning', 'afternoon', 'evening'].filter((g) => g !== tg)) : tg;
    const parts = {
      time: `good ${greet}`,
      company: variant === 'noCompany' ? null : r.pick([`thank you for calling ${company}`, company, `thanks for calling ${company}`, `welcome to ${company}`]),
      name: variant === 'noName' ? null : r.pick(INTROS_EN).replace('{name}', agent.name),
      offer: variant === 'noOffer' ? null : r.pick(OFFERS_EN),
    };
    if (variant === 'noGreeting') parts.time = null;
    let opening = r.chance(0.8)
      ? [parts.time, parts.company, parts.name, parts.offer]
      : [parts.company, parts.time, parts.name, parts.offer];
    opening = opening.filter(Boolean).join(', ');
    // The telephone "Hello?" or a curt "Yeah," first is flagged; "Hello, good morning, …" is a greeting.
    if (variant === 'halo') opening = `${r.pick(['Hello? ', 'Hello? ', 'Yeah, ', 'Yes? '])}${cap(opening)}`;
    else if (variant === 'good' && r.chance(0.1)) opening = `Hello, ${opening}`;
    say('A', cap(opening));
  } else {
    const ask = r.chance(0.85) ? ` ${r.pick(['Is this a good time to talk?', 'Do you have a few minutes?', 'Is now a good time?', 'Are you free to talk for a moment?'])}` : '';
    say('A', `Good ${tg}, ${addr}, this is ${agent.name} calling from ${company} about your window order.${ask}`);
    say('C', r.pick(['Yes, sure, go ahead.', "Yes, that's fine.", 'Sure, what is it about?', 'Yes, I have a minute.']));
  }

  // Need + name
  const topicName = r.pick(Object.keys(TOPICS_EN));
  const topic = TOPICS_EN[topicName];
  if (direction === 'inbound') {
    const nameMode = r.weighted([[40, 'given'], [40, 'polite'], [10, 'interrogation'], [10, 'never']]);
    if (nameMode === 'given') {
      say('C', `${r.pick([`Good ${tg}, my name is ${customer}.`, `Hi, this is ${customer}.`, `Hello, my name is ${customer}.`])} ${fill(r.pick(topic.need))}`);
      say('A', `Thank you, ${addr}. ${fill(r.pick(topic.agent))}`);
    } else {
      say('C', `${r.pick(['Hi', 'Hello', 'Good ' + tg, 'Hi there'])}. ${fill(r.pick(topic.need))}`);
      if (nameMode === 'polite') say('A', r.pick([`Of course, ${title}. May I have your name, please?`, 'Certainly. Who am I speaking with?', `Sure, ${title}. Could I get your full name, please?`, 'Sure. May I ask who is calling?']));
      else if (nameMode === 'interrogation') say('A', r.pick(['Who is this?', "Who's calling?", "What's your name?"]));
      if (nameMode !== 'never') {
        const fullName = r.chance(0.5);
        say('C', fullName ? customer + '.' : r.pick([`It's ${customer}.`, `My name is ${customer}.`]));
        say('A', `Thank you, ${addr}. ${fill(r.pick(topic.agent))}`);
      } else {
        say('A', fill(r.pick(topic.agent)));
      }
    }
  } else {
    say('A', `Thank you, ${addr}. ${fill(r.pick(TOPICS_EN.schedule.agent))}`);
  }

  // Middle, as in genCall; some agents are blunt once ("I don't know", "you have to", "but").
  const target = r.int(8, 40);
  const holdAt = r.chance(0.3) ? r.int(0, 4) : -1;
  const bluntAt = r.chance(0.12) ? r.int(0, 2) : -1;
  let exchange = 0;
  const count = () => items.filter((x) => x.sp).length;
  const customerLines = deck(topic.customer, r);
  const agentLines = deck(topic.agent, r);
  while (exchange === 0 || count() + (exchange === holdAt ? 4 : 2) + 4 <= target) {
    say('C', fill(r.chance(0.75) ? customerLines() : r.pick(FILLER_CUSTOMER_EN)));
    if (exchange === holdAt) {
      say('A', r.pick([`One moment please, ${title}, let me check that in our system.`, `Alright, please hold for a moment, ${addr}.`, `Let me check that for you, ${title}, please bear with me.`, 'Hold on, let me check.']));
      say('C', r.pick(['Sure.', 'Okay.', 'Alright.', 'No problem.']));
      const withHoldEvent = r.chance(0.8);
      const seconds = r.int(8, 45);
      if (withHoldEvent) items.push({ hold: seconds });
      else items.push({ gapBefore: seconds });
      // Thanks for waiting three times in four; otherwise an apology alone (no thanks) or nothing.
      const thanks = r.chance(0.75)
        ? r.pick([`Thank you for waiting, ${addr}. `, `Thanks for holding, ${addr}. `, `Thank you for your patience, ${addr}. `])
        : r.pick([`Sorry for the wait, ${addr}. `, '']);
      say('A', thanks + fill(agentLines()));
    } else if (exchange === bluntAt) {
      say('A', fill(r.pick(BLUNT_EN)));
    } else {
      say('A', fill(r.chance(0.8) ? agentLines() : r.pick(FILLER_AGENT_EN)));
    }
    exchange++;
  }

  // Closing
  say('C', r.pick(FILLER_CUSTOMER_EN));
  say('A', r.pick([`Is there anything else I can help you with, ${title}?`, 'Anything else I can help with?', `Alright, ${addr}. Is there anything else we can do for you?`]));
  say('C', r.pick(["No, that's all. Thank you.", 'No, thanks.', "That's it, thanks.", "That's all."]));
  const wish = tg === 'evening' ? 'Have a good evening.' : r.pick(['Have a nice day.', 'Have a great day.']);
  // The third closing thanks, but not for the call (missingThanks), as in Indonesian.
  say('A', r.pick([`Thank you for calling ${company}, ${addr}. ${wish}`, `Thank you for your time, ${addr}. ${wish}`, `Thank you, ${addr}. Good ${tg}.`]));

  if (asr) for (const it of items) if (it.sp) it.text = asrMangleEn(it.text, r);

  return finishCall(index, direction, started, agent, customer, items, r);
}

// Rings, answer, utterance times, holds and the hang-up for a scripted call (both languages).
function finishCall(index, direction, started, agent, customer, items, r) {
  const events = [];
  const nRings = direction === 'inbound' ? r.int(2, 5) : r.int(1, 4);
  let t = 0;
  for (let k = 0; k < nRings; k++) {
    events.push({ type: 'ring', at: round1(t) });
    if (k < nRings - 1) t += r.float(3.2, 4.6);
  }
  t += r.float(0.8, 2.8);
  events.push({ type: 'answer', at: round1(t) });
  const utterances = [];
  let pendingGap = null;
  for (const it of items) {
    if (it.hold) {
      const h = t + r.float(0.3, 1.2);
      events.push({ type: 'hold', at: round1(h) });
      t = h + it.hold;
      events.push({ type: 'unhold', at: round1(t) });
      continue;
    }
    if (it.gapBefore) { pendingGap = it.gapBefore; continue; }
    const words = it.text.split(/\s+/).length;
    const start = pendingGap != null ? t + pendingGap : t + r.float(0.3, 1.5);
    pendingGap = null;
    const end = start + words / r.float(2.2, 2.9) + 0.3;
    utterances.push({ speaker: it.sp === 'A' ? 'agent' : 'customer', start: round1(start), end: round1(end), text: it.text });
    t = round1(end);
  }
  const hangupBy = direction === 'outbound' ? (r.chance(0.7) ? 'agent' : 'customer') : (r.chance(0.8) ? 'customer' : 'agent');
  events.push({ type: 'hangup', at: round1(t + r.float(0.5, 2.5)), by: hangupBy });

  return {
    id: `bench-${String(index + 1).padStart(6, '0')}`,
    direction,
    startedAt: started,
    agent: { id: agent.id, name: agent.name },
    customer: { name: customer },
    events,
    utterances,
  };
}

function round1(x) {
  return Math.round(x * 10) / 10;
}

// ---------------------------------------------------------------- serialisers

function stamp(sec, style) {
  const p2 = (n) => String(n).padStart(2, '0');
  if (style === 'frac') {
    const s = round1(sec);
    const m = Math.floor(s / 60);
    const rest = (s - m * 60).toFixed(1).padStart(4, '0');
    return `[${p2(m)}:${rest}]`;
  }
  const s = Math.floor(sec);
  if (style === 'hms') return `[${p2(Math.floor(s / 3600))}:${p2(Math.floor((s % 3600) / 60))}:${p2(s % 60)}]`;
  return `[${p2(Math.floor(s / 60))}:${p2(s % 60)}]`;
}

function toText(call, r, lang = 'id') {
  const style = r.weighted([[80, 'mmss'], [10, 'hms'], [10, 'frac']]);
  const agentLabel = r.pick(lang === 'en' ? ['Agent', 'CS', 'Operator', 'Agent', 'Admin', call.agent.name] : ['Agent', 'CS', 'Petugas', 'Operator', 'Agen', call.agent.name]);
  const customerLabel = r.pick(lang === 'en' ? ['Customer', 'Caller', 'Client', 'Customer', 'Caller'] : ['Customer', 'Pelanggan', 'Penelepon', 'Nasabah', 'Caller']);
  const lines = [
    `# id: ${call.id}`,
    `# direction: ${call.direction}`,
    `# started: ${call.startedAt}`,
    `# agent: ${call.agent.name}`,
    `# customer: ${call.customer.name}`,
  ];
  // Merge events and utterances by time; an event at the same second as an utterance comes first.
  const rows = [
    ...call.events.map((e) => ({ at: e.at, ord: e.type === 'hangup' ? 2 : 0, text: e.type === 'hangup' ? `HANGUP ${e.by}` : e.type.toUpperCase() })),
    ...call.utterances.map((u) => ({ at: u.start, ord: 1, u })),
  ].sort((a, b) => a.at - b.at || a.ord - b.ord);
  for (const row of rows) {
    if (!row.u) { lines.push(`${stamp(row.at, style)} ${row.text}`); continue; }
    const label = row.u.speaker === 'agent' ? agentLabel : customerLabel;
    const words = row.u.text.split(' ');
    // Some long utterances wrap onto an indented continuation line, as in hand-edited transcripts.
    if (words.length > 18 && r.chance(0.2)) {
      const cut = Math.floor(words.length / 2);
      lines.push(`${stamp(row.at, style)} ${label}: ${words.slice(0, cut).join(' ')}`);
      lines.push(`  ${words.slice(cut).join(' ')}`);
    } else {
      lines.push(`${stamp(row.at, style)} ${label}: ${row.u.text}`);
    }
  }
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------- generator

/**
 * Generate `n` calls into `dir` (created if needed) in `lang`: 'id', 'en' or 'mix'. Returns counts,
 * total bytes, the calls per language (`langs`) and each call's language by id (`langOf`).
 */
export function generate(dir, n, seed, lang = 'id') {
  fs.mkdirSync(dir, { recursive: true });
  const r = makeRandom(seed);
  // mix: each call's language comes from its own stream, so the choice is seeded but leaves the
  // content stream's shape alone.
  const langRandom = makeRandom((seed ^ 0x2545f491) >>> 0);
  const stats = { calls: n, txt: 0, json: 0, jsonlCalls: 0, jsonlFiles: 0, bytes: 0, files: 0, langs: { en: 0, id: 0 }, langOf: new Map() };
  const write = (name, content) => {
    fs.writeFileSync(path.join(dir, name), content);
    stats.bytes += Buffer.byteLength(content);
    stats.files++;
  };
  let jsonlBuffer = [];
  const flushJsonl = () => {
    if (!jsonlBuffer.length) return;
    stats.jsonlFiles++;
    write(`export-${String(stats.jsonlFiles).padStart(3, '0')}.jsonl`, jsonlBuffer.join('\n') + '\n');
    jsonlBuffer = [];
  };
  for (let i = 0; i < n; i++) {
    const callLang = lang === 'mix' ? (langRandom.chance(0.5) ? 'en' : 'id') : lang;
    const call = callLang === 'en' ? genCallEn(i, r) : genCall(i, r);
    stats.langs[callLang]++;
    stats.langOf.set(call.id, callLang);
    const slot = i % 10; // 6 of 10 text, 3 of 10 JSON, 1 of 10 JSON Lines
    if (slot < 6) {
      write(`${call.id}.txt`, toText(call, r, callLang));
      stats.txt++;
    } else if (slot < 9) {
      write(`${call.id}.json`, JSON.stringify(call, null, 2) + '\n');
      stats.json++;
    } else {
      jsonlBuffer.push(JSON.stringify(call));
      stats.jsonlCalls++;
      if (jsonlBuffer.length === JSONL_CALLS_PER_FILE) flushJsonl();
    }
  }
  flushJsonl();
  return stats;
}

const mb = (bytes) => (bytes / (1024 * 1024)).toFixed(1);

// For id the line is exactly what it was before --lang existed (the README's figures keep their shape).
function describe(stats, seed, lang = 'id') {
  const line = `etiket bench: ${stats.calls} calls (${stats.txt} txt, ${stats.json} json, ${stats.jsonlCalls} in ${stats.jsonlFiles} jsonl files), ${mb(stats.bytes)} MB, seed ${seed}`;
  if (lang === 'id') return line;
  if (lang === 'mix') return `${line}, language mix (en ${stats.langs.en} / id ${stats.langs.id})`;
  return `${line}, language ${lang}`;
}

// "en 2500 / id 2500": calls per language, en and id first, then any other (und, …) by name.
function languageCounts(counts) {
  const order = (l) => (l === 'en' ? 0 : l === 'id' ? 1 : 2);
  return Object.entries(counts)
    .filter(([, k]) => k > 0)
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([l, k]) => `${l} ${k}`)
    .join(' / ');
}

// ---------------------------------------------------------------- run the CLI

function readHwmKb(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
    return m ? Number(m[1]) : null;
  } catch {
    return null; // no /proc, or the process is gone
  }
}

function runCheck(args) {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let peakKb = null;
    const poll = () => {
      const kb = readHwmKb(child.pid);
      if (kb != null) peakKb = Math.max(peakKb ?? 0, kb); // VmHWM is already a peak; keep the last/highest read
    };
    poll();
    const timer = setInterval(poll, RSS_POLL_MS);
    // Keep a little of each stream for diagnostics; drain the rest so the child never blocks on a full pipe.
    const keep = (limit) => {
      const box = { text: '' };
      return [box, (chunk) => { if (box.text.length < limit) box.text += chunk.toString('utf8').slice(0, limit - box.text.length); }];
    };
    const [out, onOut] = keep(4096);
    const [err, onErr] = keep(16384);
    child.stdout.on('data', onOut);
    child.stderr.on('data', onErr);
    child.on('error', (error) => {
      clearInterval(timer);
      resolve({ error, code: null, signal: null, seconds: 0, peakKb, stdout: out.text, stderr: err.text });
    });
    child.on('close', (code, signal) => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      clearInterval(timer);
      resolve({ code, signal, seconds, peakKb, stdout: out.text, stderr: err.text });
    });
  });
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));

  if (opts.generateOnly) {
    const dir = path.resolve(opts.generateOnly);
    if (fs.existsSync(dir) && fs.readdirSync(dir).length) process.stderr.write(`bench: warning: ${dir} is not empty\n`);
    const stats = generate(dir, opts.calls, opts.seed, opts.lang);
    process.stdout.write(`${describe(stats, opts.seed, opts.lang)}\n`);
    process.stdout.write(`wrote ${stats.files} files to ${dir}\n`);
    return 0;
  }

  if (!fs.existsSync(CLI)) {
    process.stderr.write(`bench: ${path.relative(process.cwd(), CLI) || CLI} not found (build the CLI first)\n`);
    return 1;
  }

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'etiket-bench-'));
  let failed = false;
  try {
    const callsDir = path.join(tmp, 'calls');
    const configPath = path.join(tmp, 'etiket.config.json');
    const reportPath = path.join(tmp, 'report.json');
    const stats = generate(callsDir, opts.calls, opts.seed, opts.lang);
    fs.writeFileSync(configPath, JSON.stringify({ company: { name: 'Ventura' }, timezone: 'Asia/Jakarta' }, null, 2) + '\n');
    process.stdout.write(`${describe(stats, opts.seed, opts.lang)}\n`);

    const args = [CLI, 'check', callsDir, '--format', 'json', '--output', reportPath, '--config', configPath];
    const res = await runCheck(args);
    if (res.error) {
      process.stderr.write(`bench: could not start the CLI: ${res.error.message}\n`);
      failed = true;
      return 1;
    }
    const rss = res.peakKb != null ? `${(res.peakKb / 1024).toFixed(0)} MB` : 'n/a';
    const exit = res.signal ? `signal ${res.signal}` : `exit code ${res.code}`;
    process.stdout.write(
      `check: ${res.seconds.toFixed(2)} s wall, ${Math.round(stats.calls / res.seconds)} calls/s, ` +
        `${(stats.bytes / (1024 * 1024) / res.seconds).toFixed(1)} MB/s, peak RSS ${rss}, ${exit}\n`,
    );

    // Exit code 1 just means some calls failed, which this data is built to produce. Anything else is a broken run.
    const problems = [];
    if (res.signal || (res.code !== 0 && res.code !== 1)) problems.push(`the check ended with ${exit}`);
    let report = null;
    if (!fs.existsSync(reportPath)) problems.push(`no report at ${reportPath}`);
    else {
      try {
        report = JSON.parse(fs.readFileSync(reportPath, 'utf8'));
      } catch (e) {
        problems.push(`report.json does not parse: ${e.message}`);
      }
    }
    if (report) {
      const s = report.summary ?? {};
      if (s.calls !== stats.calls) problems.push(`report summary.calls is ${JSON.stringify(s.calls)}, expected ${stats.calls}`);
      else {
        // The language etiket detected for each call, against the one it was generated in.
        const detected = {};
        const wrong = {};
        for (const c of Array.isArray(report.calls) ? report.calls : []) {
          const l = c.language ?? 'none';
          detected[l] = (detected[l] ?? 0) + 1;
          const want = stats.langOf.get(c.id);
          if (want && l !== want) wrong[`${want} as ${l}`] = (wrong[`${want} as ${l}`] ?? 0) + 1;
        }
        const langs = opts.lang === 'id' ? '' : `, language ${languageCounts(detected)}`;
        process.stdout.write(`report: ${s.calls} calls, ${s.passed} passed, ${s.failed} failed, ${s.errored} errored${langs}\n`);
        for (const [what, k] of Object.entries(wrong)) process.stderr.write(`bench: warning: ${k} calls generated in ${what.replace(' as ', ' were reported as ')}\n`);
      }
    }
    if (problems.length) {
      for (const p of problems) process.stderr.write(`bench: error: ${p}\n`);
      if (res.stderr.trim()) process.stderr.write(`--- etiket stderr (first 16 KB) ---\n${res.stderr}\n`);
      if (!report && res.stdout.trim()) process.stderr.write(`--- etiket stdout (first 4 KB) ---\n${res.stdout}\n`);
      failed = true;
      return 1;
    }
    return 0;
  } finally {
    if (opts.keep) process.stderr.write(`bench: kept ${tmp}\n`);
    else {
      fs.rmSync(tmp, { recursive: true, force: true });
      if (failed) process.stderr.write('bench: temp folder deleted; rerun with --keep to inspect it\n');
    }
  }
}

main().then(
  (code) => { process.exitCode = code; },
  (error) => { process.stderr.write(`bench: ${error.stack || error}\n`); process.exitCode = 1; },
);
