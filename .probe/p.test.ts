import { it } from 'vitest';
import { stem } from '../src/match/normalize.js';
it('p', () => {
  for (const w of ['menunggu','ditunggu','tunggu','tunggulah','terima','kasih','adakah','ada','bantu','membantu','dibantu','bapaknya','sebentar','pagi','bicara','berbicara','pembicaraan','selamat','menelepon','telepon','kabar','sudah','nama','namanya','panggil','dipanggil','menyambungkan','sambung']) console.log(w, stem(w));
});
