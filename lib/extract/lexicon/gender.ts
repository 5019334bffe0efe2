/**
 * Common given names by usual gender, used only to keep "he"/"she" from resolving to a person
 * of the other gender. Unknown names stay compatible with both pronouns, so names that are
 * often either (Dana, Jordan, Kelly as a surname) or often surnames of well-known people
 * (Warren, Nelson, Carson) stay out.
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
abdullah alberto alexei alvin andrei andy antonio barry ben benny bibi bob brad brett calvin carlos
cecil chad chuck clarence clint clyde colin connor corey cory craig curt dale dan danny darrell
darren dave derek dick diego dmitri dmitry don doug dustin ed eduardo fernando floyd francisco
francois fred freddie gilbert giovanni giuseppe glen glenn greg hank hans harry hector herbert
herman hugh ian ibrahim igor ivan jacques jake jared javier jeff jeremiah jerome jim jimmy joel
johnny jon jorge josh karl ken khalid klaus kurt lamar leo leon leonard leroy lester lloyd lou luis
luke luther manuel marc marcus mario marty marvin matt matteo maurice melvin mick miguel mikhail
milton mitch mustafa nate ned neil nick nikolai norman oscar otis pedro percy pete phil pierre
rafael rahm ramon rashid reggie reince reuben rex ricardo rick ricky rob roberto rodney roland ron
ruben rudolph rudy sal sam sergei sergio seth shane sheldon shinzo stan stanley steve stu stuart
teddy terrence theodore todd tom tommy tony travis troy tucker tyrone vernon viktor vince wes wesley
wolfgang yuri yusuf zach
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
adriana alejandra alexandria alicia alison allison alma ana angie anne annie audrey ayanna beatriz
becky beth betsy bonnie camila carla carly caroline carrie cathy cindy claudia colleen condi
condoleezza connie courtney daniela darlene debbie dianne dolores edith eileen elaine eleanor elena
elisa elise ella ellen erica erin esther ethel eva felicia fernanda gabriela gail geraldine gina
gladys greta gwen harriet hazel heidi hilda ilhan irene irma isabel jane jeanne jen jenna jenny
joanna joanne josephine juliana kate katie katrina kirsten kristen kristi kristin kristina leah lena
lillian liz lois loretta lori lorraine lucia lucy luisa lydia lynn marcia mariana marjorie marla
marsha marta maureen maxine mazie meg megyn melanie melinda meredith mia mildred miriam molly monica
naomi nina nora norma olga paola paula pauline peggy phyllis priscilla raquel rashida renee rhonda
rita roberta robyn rosa rosemary roxanne sally sheila sherry sheryl silvia sofia sonia sonya stacy
stella sue susanna susie suzanne sylvia tamara tammy tanya tara tiffany tulsi ursula valentina
valerie vanessa vera veronica vicki vickie vivian wanda wendy wilma yolanda yvonne zoe
`);

export function genderOf(firstName: string): 'm' | 'f' | null {
  const l = firstName.toLowerCase();
  if (FEMALE_NAMES.has(l)) return 'f';
  if (MALE_NAMES.has(l)) return 'm';
  return null;
}
