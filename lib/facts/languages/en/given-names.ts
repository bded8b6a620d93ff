/**
 * Common given names (English-speaking and international news), lower case. A capitalised word
 * from this list followed by a capitalised surname reads as a person ("Kelly Holmes"), which
 * separates people from titles of works ("Small Island") without a model.
 */
import { FEMALE_NAMES, MALE_NAMES, MORE_NAMES, NOT_GIVEN } from './given-names-list';

const NAMES = `
aaron abby abdul abdullah abe abigail abraham ada adam adele adrian adriana agnes ahmed ahmad aidan aileen
aisha alan alana albert alberto alec alejandro alex alexa alexander alexandra alexandre alexei alexis alfred
alfredo ali alice alicia alison allan allen allison alma alyssa amanda amber amelia amy ana anders andre andrea
andreas andres andrew andy angela angelina angus anita ann anna anne annette annie anthony antonio antony april
archie archy ariana arnold arthur ashley ashraf audrey austin ava barack barbara barry bart beatrice becky ben
benjamin bernard bernie beth betty beverly bill billy blake bob bobby bonnie boris brad bradley brandon brenda
brett brian bridget britney brooke bruce bruno bryan caitlin calvin cameron camilla candice carl carla carlos
carmen carol caroline carolyn carrie cary casey catherine cathy cecilia charles charlie charlotte chelsea cheryl
chris christian christina christine christopher chuck cindy claire clara clarence claudia clint clive cody colin
colleen connie conor constance cory courtney craig cristina crystal curtis cynthia daisy dale dan dana daniel
danielle danny darren dave david dawn dean deborah debra dennis denise derek deval diana diane dick dmitry
dolores dominic don donald donna doris dorothy doug douglas duncan dustin dwayne dylan earl ed eddie edgar edith
edmund edward edwin eileen elaine eleanor elena eli elijah elizabeth ella ellen elliot emily emma emmanuel eric
erica erik erin ernest esther ethan eugene eva evan evelyn ezra fatima felix fernando fiona florence frances
francesca francis francisco frank franklin fred freddie frederick gabriel gabriela gail gareth gary gavin gemma
geoffrey george georgia gerald geraldine gerard gilbert gina glen glenn gloria gordon graham grant greg
gregory gwen hailey hal hank hannah harold harriet harry harvey hayley hazel heather hector heidi helen helena
henry herbert hilary hillary holly howard hugh hugo hunter ian iain imelda ingrid irene iris isaac isabel
isabella ivan jack jackie jacob jacqueline jake james jamie jan jane janet janice jared jason jasmine jay jean
jeanne jeff jeffrey jenna jennifer jenny jeremy jerome jerry jesse jessica jill jim jimmy jo joan joanna joanne
joe joel johan john johnny jon jonathan jordan jorge jose joseph josh joshua joyce juan judith judy julia
julian julie justin kamala karen karl kate katherine kathleen kathryn kathy katie kay keith kelly ken
kenneth kerry kevin kim kimberly kirk kristen kurt kyle lance larry laura lauren laurie lawrence leah lee leo
leon leonard leslie letitia lewis liam lillian linda lindsay lisa liz lloyd logan lois lorraine louis louise
lucas lucy luis luke lydia lynn madeleine madison malcolm mandy manuel marco marcus margaret maria marian marie
marilyn mario marion marissa mark martha martin marvin mary matt matthew maureen max maxine megan melanie
melissa michael michel michelle miguel mike mikhail milton miranda mitch mitchell mohamed mohammed molly monica
morgan muhammad nancy naomi natalie nathan neil nicholas nick nicola nicole nigel nina noah noel nora norman
oliver olivia oscar owen pablo pamela pat patricia patrick paul paula pauline pedro peggy penny pete peter
phil philip phillip phyllis pierre priscilla rachel rae ralph ramon randy ray raymond rebecca regina rhonda
ricardo richard rick ricky rita rob robert roberta robin rodney roger roland ron ronald rosa rose rosemary ross
roy ruby rudy russell ruth ryan sally sam samantha samuel sandra sara sarah scott sean serena sergei serene
seth shannon sharon shaun shawn sheila shirley sidney simon sofia sophia sophie stacy stanley stephanie
stephen steve steven stuart sue susan susanna suzanne suzie sylvia tamara tammy tanya tara tasos ted teresa
terry tess thomas tiffany tim timothy tina todd tom tommy tony tracy trevor troy tulsi tyler valerie vanessa
vera veronica victor victoria vincent viktor vivian vladimir volodymyr walter wanda warren wayne wendy wesley
whitney william willie wilson yasmin yitzhak yvonne zachary zoe benjamin mahmoud habib rachid lotfi
masayoshi angela emmanuel recep narendra xi shinzo jacinda justin olaf giorgia pedro mette sanna
aarav aditi aditya ajay akash akshay amit amitabh amrita anand ananya anil anjali ankit anupam arjun arun aruna
arvind ashok atul bhavna deepak deepika devendra dhruv dinesh divya farhan gaurav geeta gita gopal harish hema
indira ishaan jagdish jyoti kabir kavita kiran lakshmi manish manoj meena mohan mukesh nandini naveen neha
nikhil nirmala nitin pankaj pooja prakash pranav prashant preeti priya priyanka rahul rajesh rajiv rakesh ramesh
ravi rekha rohit rohan sachin sanjay sanjeev santosh sarita shashi shilpa shreya shyam siddharth sneha sonia
sriram sudha sunil sunita suresh sushma swati tanvi uday usha varun vijay vikram vinod vivek yogesh
abdel adnan ahsan aamir asif bilal faisal farooq hamid hassan hina imran irfan javed kamran khalid mahmood maryam
mohammed muhammad nadia naveed omar rashid saad salman shahid shireen tariq usman waqar zainab zahid
abiola adebayo adewale ayodele babajide bola chidi chinedu chioma chukwuemeka emeka femi folake funmilayo ifeoma
ikenna ngozi nkechi nnamdi obinna oluwaseun segun tunde uche yemi kwame kofi kojo akosua abena kwabena adjoa
wanjiru wanjiku njeri achieng akinyi atieno auma jomo wambui thabo sipho themba lindiwe nomvula thandiwe zanele
bongani mpho lerato tshepo kagiso palesa rodrigo ferdinand imelda corazon rosario teresita ricardo rogelio rommel
reynaldo rolando miguel rafael manuel kenji hiroshi yuki haruto takeshi akira naoko yoko tomasz piotr krzysztof
marek magdalena agnieszka lars sven nils ingrid astrid henrik mikael matti jukka aleksander sergey natalia irina
andrei dmitri yuri pavel jiri petr klaus wolfgang helmut ursula heike giuseppe giovanni francesco marco matteo
luca alessandro chiara giulia jacques sébastien thierry joão paulo ines mere aroha wiremu hemi tane
sajjad fazal noor nurul siti sharifah syed zulkifli hamza hussain junaid nadeem nasir rizwan saeed shafiq
shoaib sohail tahir umar waseem yasir zafar zubair arif ayesha bushra fahad fawad ghulam haroon kashif saima
shazia uzma rabia nasreen azman azlan faizal hafiz rosli zainal suhaimi fauziah norazlina kamarul
otieno wafula odhiambo kipchoge oluwadamilare yetunde kemi funmi chiamaka adaeze sibusiso mandla nomsa
denis moses esther harriet brian sarah joseph samuel isaac godfrey mohd muhd mohamad mohammad mohamed
`;

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);
const female = new Set(words(FEMALE_NAMES));
const male = new Set(words(MALE_NAMES));
const notGiven = new Set(words(NOT_GIVEN));

/** The given-name set: the hand list and the listed names that are no English word or place. */
export const EN_GIVEN_NAMES: ReadonlySet<string> = new Set([...words(NAMES), ...words(MORE_NAMES), ...[...female, ...male].filter((n) => !notGiven.has(n))]);

/** The sex a given name gives (true for a woman), or null when the lists hold it for both or neither. */
export function nameSex(given: string): boolean | null {
  const g = given.toLowerCase();
  const [f, m] = [female.has(g), male.has(g)];
  return f === m ? null : f;
}
