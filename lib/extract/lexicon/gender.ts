/**
 * Common given names by usual gender, used only to keep "he"/"she" from resolving to a person
 * of the other gender. Unknown names stay compatible with both pronouns.
 */
const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

export const MALE_NAMES = words(`
james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony
mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan
jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander
frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle
ethan walter noah jeremy christian keith roger gerald harold sean austin carl arthur lawrence dylan
jesse bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent
ralph eugene russell bobby mason philip louis barack bill bernie mike mitt ted newt rand marco chris
jeb tim joe vladimir xi kim jong boris emmanuel narendra recep mohammed muhammad
ahmad ahmed ali hassan hussein omar abdul budi agus joko bambang hendra rudi dedi andi eko wahyu
mohammad mochamad moch moh muh achmad
`);

export const FEMALE_NAMES = words(`
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon
laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine
christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria
olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances
gloria ann teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise amber
marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla
hillary melania ivanka chelsea michelle nikki kamala elizabeth nancy theresa jill tina claire jennifer
donna huma kellyanne sari siti dewi sri rina ani yuni lestari putri indah ratna wati
`);

export function genderOf(firstName: string): 'm' | 'f' | null {
  const l = firstName.toLowerCase();
  if (FEMALE_NAMES.has(l)) return 'f';
  if (MALE_NAMES.has(l)) return 'm';
  return null;
}
