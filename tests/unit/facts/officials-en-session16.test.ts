import { describe, expect, it } from 'vitest';
import { factsOf, officialLines } from './facts-helpers';

const en = (text: string) => officialLines(factsOf('en', text));

describe('English officials (session 16)', () => {
  it('"Trooper" with a capital is a rank; "a trooper" in lower case is not', () => {
    expect(en('Trooper Dana Kowalczyk, 28, pulled the driver clear before the car caught fire.')).toEqual(['Dana Kowalczyk | Trooper']);
    expect(en('A state police trooper who stopped on the shoulder called for help.')).toEqual([]);
  });
  it('"Ward 3 Coun." is a seat and an abbreviated title, and does not end the sentence', () => {
    expect(en('Ward 3 Coun. Lorne Beaudry and Ward 2 Coun. Irene Makowski voted for the plan.')).toEqual([
      'Lorne Beaudry | Ward 3 Coun.', 'Irene Makowski | Ward 2 Coun.',
    ]);
  });
  it('"Sault Ste. Marie MP": the dot of a saint inside a place before a title', () => {
    expect(en('Port St. Lucie Mayor Karen Odell said the money was welcome.')).toEqual(['Karen Odell | Port St. Lucie Mayor']);
  });
  it('a chief administrative officer leads the body served, like a chief executive', () => {
    expect(en('Chief administrative officer Martin Vos said no tax rise was needed.')).toEqual(['Martin Vos | Chief administrative officer']);
  });
  it('"director of engineering Cheryl Dubois": a department in lower case, then a known given name', () => {
    expect(en('Town director of public works Karen Tessier told council the road was unsafe.')).toEqual([
      'Karen Tessier | Town director of public works',
    ]);
    // (A determiner after "of" is a place or a thing, not a department: "mayor of this Acadia Parish town".)
    expect(en('He served as mayor of this Evangeline Parish town for two terms.')).toEqual([]);
  });
  it('"Mayor of York and North Yorkshire": a part naming no post stays in the title', () => {
    expect(en('The Mayor of Lincoln and North Kesteven, Paul Ainsley, opened the show.')).toEqual([
      'Paul Ainsley | Mayor of Lincoln and North Kesteven',
    ]);
    expect(en('Northgate president and chief executive Tom Rice said it was fine.')).toEqual(['Tom Rice | Northgate president; chief executive']);
  });
  it('"Minister for Rural and Community Development and the Gaeltacht": "and the" inside a portfolio', () => {
    expect(en('She met the Minister for Agriculture, Food and the Marine, Tadhg Browne, in Cork.')).toEqual([
      'Tadhg Browne | Minister for Agriculture, Food and the Marine',
    ]);
  });
  it('Irish, Malay and coastguard posts: Cathaoirleach, penghulu, Chief Coastguard, Trustee', () => {
    expect(en('The Cathaoirleach of Kerry County Council, Niall Breen, said so.')).toEqual(['Niall Breen | Cathaoirleach of Kerry County Council']);
    expect(en('The penghulu of Mukim Kota Batu, Ahmad bin Salleh, said aid had arrived.')).toEqual(['Ahmad bin Salleh | penghulu of Mukim Kota Batu']);
    expect(en('Chief Coastguard Fiona Tregear, who presented the awards, praised the team.')).toEqual(['Fiona Tregear | Chief Coastguard']);
    expect(en('Trustee Maria Lopez cast the lone vote against.')).toEqual(['Maria Lopez | Trustee']);
  });
  it('"The chairman of the X selection committee, Pastor A B,": plain words before the body noun, and a pastor\'s courtesy', () => {
    expect(en('The chairman of the Surrey selection committee, Pastor Adrian Webb, said the panel agreed.')).toEqual([
      'Adrian Webb | chairman of the Surrey selection committee',
    ]);
  });
  it('"The village head, A,": a village\'s head is a post', () => {
    expect(en('The village head, Mohd Amin bin Yusof, said the families were safe.')).toEqual(['Mohd Amin bin Yusof | village head']);
  });
  it('"Member of Parliament for Manchester North Western": a compass word after the place is the seat, not a name', () => {
    expect(en('Kenneth Dale, Member of Parliament for Manchester South Eastern, also attended.')).toEqual([
      'Kenneth Dale | Member of Parliament for Manchester South Eastern',
    ]);
  });
  it('"A, now X RNLI lifeboat operations manager": plain words between a body and the head', () => {
    expect(en('The boat was helmed by Dan Pascoe, now Padstow RNLI lifeboat operations manager.')).toEqual([
      'Dan Pascoe | Padstow RNLI lifeboat operations manager',
    ]);
  });
  it('"Senior Superintendent of Prisons Denis Opio": a title with its service, then a given name the list now knows', () => {
    expect(en('Senior Superintendent of Prisons Denis Okello inspected the parade.')).toEqual(['Denis Okello | Senior Superintendent of Prisons']);
  });
});

