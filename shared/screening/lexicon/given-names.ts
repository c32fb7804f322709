// Common given names across the forum's languages and its members' backgrounds. A capitalised word
// pair is only read as a full name when its first word is a known given name, which keeps
// "Riverside General" or "Harborview Terrace" out. Lower case, accents removed (see normalize.ts).
const NAMES = `
aaron abby abdul abdullah abigail abraham ada adam adaeze adebayo adele adeola adrian adriana agnes ahmad ahmed aidan
aiden aisha aishwarya akira alan alana albert alberto alejandra alejandro aleksandr alex alexa alexander alexandra
alexis alfie alfred ali alice alicia alina alison alistair allison alma alvaro amanda amara amber amelia amelie amina
amir amit amy ana anand ananya anastasia anders andrea andreas andrei andres andrew andy angela angelica angelina
angus anika anil anita anja ann anna annabel anne anneke annette annie anthony antoine anton antonia antonio anya
anjali archie ariana arjun arlo arnav arnold arthur arturo asha ashley ashok astrid aubrey audrey august aurora
austin ava axel ayaan ayesha babajide barbara barry bastian beatrice beatriz beatrix becky belinda bella ben benedict
benjamin bernadette bernard beth bethany betty beverly bianca bill billy blessing bob bonnie brad bradley brandon
brenda brendan brian bridget brittany brooke bruce bruno bryan caitlin callum calvin camila camille candice cara
carl carla carlos carly carmen carol carole caroline carolyn carrie casey cassandra catalina catherine cathy cecilia
cedric celeste celia chantal charles charlie charlotte chen cheryl chidi chidinma chinedu chioma chloe chris
christian christina christine christoph christopher chukwuemeka ciara cindy claire clara clarissa claude claudia
clemence colin connor conor constance cora corinne craig cristina cynthia dale damian damien dan dana daniel daniela
daniele danielle danny daphne darius darren dave david dawn dean debbie deborah declan deepa deepak deirdre delia
denise dennis derek desmond devon diana diane diego dimitri dina dolores dominic donald donna dora doris dorothy
douglas duncan dylan eamon ebony ed eddie edgar edith edmund eduardo edward edwin eileen elaine eleanor elena eli
elias elif elijah elin elisa elisabeth elise eliza elizabeth ella ellen ellie elliot elsa emeka emilia emilie emily
emma emmanuel enrique eric erica erik erin ernest esme esperanza esther ethan eugene eva evan eve evelyn ezra fabian
fatima fatma federico felicity felipe felix fernanda fernando fiona florence florian frances francesca francesco
francis francisco francois frank franz freddie frederick freya frida gabriel gabriela gabriele gabrielle gail
gareth gary gavin gemma geoffrey george georgia georgina gerald gerard gerhard gertrude gianni gideon gil gillian
gina giorgio giovanni gisele giulia gloria gordon grace graham grant greg gregory greta gretchen guadalupe gudrun
guillaume gunther gustavo gwen hamza hana hannah hans harold harper harriet harrison harry harvey hassan hazel
heather hector heidi heinz helen helena helga henri henrik henry herbert hilary hiroshi hollie holly howard hugh hugo
ian ibrahim ifeoma ignacio igor imogen imran ines inga ingrid ioana irene iris irina isaac isabel isabella isabelle
isaiah isla ismael ivan ivy jack jackie jackson jacob jacqueline jade jake james jamie jan jana jane janet janice
janine jasmine jason javier jay jayden jean jeanne jeff jeffrey jelena jen jenna jennifer jenny jeremy jerome jess
jessica jesus jill jim jimmy jo joan joanna joanne joao jocelyn jodie joe joel johan johann johanna john johnny jon
jonas jonathan jordan jorge jose josef joseph josephine josh joshua josie joy joyce juan juanita judith judy jules
julia julian juliana julie julien juliet julio june jurgen justin kaitlyn kamala kamal karen kari karim karin karina
karl kasia kate katharina katherine kathleen kathryn kathy katie katja katrin kay kayla keisha keith kelly kelvin ken
kenneth kenji kerry kevin khadija kiara kieran kim kimberly kirsten kofi kolade krishna kristen kristin kumar kwame
kyle lachlan lakshmi lance lara larissa laura lauren laurence laurent lawrence leah lee leila lena leo leon leonard
leonie leslie liam lila lily lina linda lindsay lisa liz lizzie logan lois lola lorenzo lorna louis louisa louise
luca lucas lucia luciana lucy luis luisa luke lukas lydia lynn lynne mackenzie madeleine madison magdalena maggie
mai maja malcolm malik mandy manuel manuela mara marc marcel marcela marco marcus margaret margarita margot maria
mariam marian mariana marianne marie marina mario marion marisol marjorie mark marlene marta martha martin martina
marty mary mason matilda matt matteo matthew matthias maureen maurice max maxine maya megan mehmet mei melanie
melissa mercedes meredith mia michael michaela michel michele michelle miguel mikael mike mila milan miles millie
mina miranda miriam mohamed mohammed mohammad molly monica monika morgan moses muhammad nadia nadine naledi nancy
naomi nasser natalia natalie natasha nathan nathaniel neha neil nelson niamh nicholas nick nicola nicolas nicole
nigel nikhil nikita nikolai nina noah noel noemi nora norah norma nuala obinna olga oliver olivia olumide omar
oscar oskar owen pablo paddy paige pamela paola paolo parisa pascal patricia patrick paul paula pauline pavel pedro
peggy penelope penny per percy peter petra phil philip philippa philippe phoebe pierre pilar piotr pooja poppy
prakash pradeep preeti priya priyanka rachel rafael rahul raj rajesh ralph ramon ramona randy raquel raul ravi ray
raymond rebecca reggie regina reginald renata rene renee reza rhys ricardo richard rick rita rob robert roberta
roberto robin rocio rodrigo roger rohan roland rolf ronald ronan rory rosa rosalind rose rosemary rosie ross roxanne
ruby rudy rupert russell ruth ryan sabine sabrina sadie sally salma sam samantha samir samuel sandra sanjay santiago
sara sarah sasha saul scarlett scott sean sebastian selina serena sergei sergio seth shana shane shannon sharon
shauna sheila shirley shreya sian sidney siddharth silvia simon simone siobhan sipho sofia sofie sonia sophia
sophie spencer stacey stefan stefanie stella stephanie stephen steve steven stuart sue sunita susan susanne suzanne
sven sylvia sylvie tamara tamsin tania tanya tara tariq teresa terry tess tessa thabo theo theodore theresa thomas
tim timothy tina tobias toby todd tom tomas tommy toni tony tracey tracy trevor tristan tyler ulrich ursula uwe
valentina valerie vanessa vera veronica veronique vicente victor victoria vijay vikram vincent violet virginia
vivian vivienne walter wanda wayne wendy werner will william willow wolfgang xavier yara yasmin yusuf yvonne zach
zachary zainab zara zeynep zoe zofia oluwaseun funmilayo ngozi tunde yetunde amaka nneka kemi segun bukola folake
akosua ama kwabena yaw abena esi thandiwe lerato zanele themba bongani nomvula aditya akash aarav vivaan ishaan
divya kavya sneha ritu meera lakshman suresh ramesh venkat arun deepika nisha rekha sunil vinod gita sita sanjeev
hui ling wei xin jun yan min jing li ming hiro yuki haruto sakura yui ren sora jiho minjun seojun jiwoo hyun soo
nguyen thanh linh anh tuan huong mai lan duc fatou moussa mamadou aminata ousmane awa ibrahima youssef khalid
layla noor rania samira tarek walid yasmine hadi nour bilal farah hamid ines zineb rachid mehdi salim karima
jorgen lars nils ole sigrid solveig bjorn henrike jannik lennart finn mats tove aino eero juha mikko pekka sanna
wojciech krzysztof agnieszka malgorzata katarzyna tomasz pawel marek jakub dominika ewa barbora jiri petr ondrej
dmitri alexei olena oksana tetiana yulia svetlana natalya mikhail vladimir bogdan milos dragana nikola ana-maria
jean-pierre jean-luc marie-claire anne-marie jean-paul marie-laure pierre-louis hans-peter karl-heinz
maeve aoife saoirse cian oisin eoin orla grainne padraig seamus fionnuala caoimhe ailbhe roisin sinead niall
bronwen carys dafydd eluned gethin iwan rhiannon angharad morag iain ewan hamish kirsty mhairi eilidh fergus
gwendolyn harriett ines iker aitor ainhoa nerea lucia alba marta irene nuria montserrat jordi pau xavi oriol
thierry didier patrice sandrine nathalie isabelle veronique valerie stephane sebastien aurelie elodie celine
margaux mathilde maelys lea manon clement baptiste theo hugo enzo louane chloe ludovic gaelle sylvain yannick
dieter klaus jorg joerg uwe horst ute birgit heike petra sabine kerstin anke silke jutta marlies waltraud
wilhelm friedrich gottfried siegfried annegret liesel magda
ronnie donnie terrence tyrone darnell jamal latoya shanice deandre tamika keisha jalen marquis trina
dolly dot ethel mabel mavis hilda edna irma myrtle nellie winifred ivy elsie beryl glenys gwyneth joan
maurice nigel clive trevor rodney derek dennis keith graham barry roy stanley cyril norman leslie raymond
`;

export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter((n) => n.length > 1));
