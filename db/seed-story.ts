// The demo's cast and the setbacks it tells about: believable, varied, and covering every category.

export const DEMO_PASSWORD = "amends-demo";

export const DEMO_USERS = [
  { email: "admin@demo.test", name: "Alex Morgan", role: "admin" },
  { email: "manager@demo.test", name: "Jordan Lee", role: "manager" },
  { email: "member@demo.test", name: "Sam Patel", role: "member" },
  { email: "priya@demo.test", name: "Priya Nair", role: "member" },
  { email: "tom@demo.test", name: "Tom Okafor", role: "member" },
] as const;

export const DEMO_CLIENTS: { name: string; notes: string; contacts: [string, string, string][] }[] = [
  { name: "Northwind Logistics", notes: "Ships weekly; values a call before an email.", contacts: [["Hannah Cole", "Operations lead", "hannah.cole@northwind.example"], ["Raj Mehta", "Finance", "raj.mehta@northwind.example"]] },
  { name: "Harbor & Vine Catering", notes: "Event caterer, peak season May–September.", contacts: [["Lucia Ortiz", "Owner", "lucia@harborvine.example"]] },
  { name: "Bluebird Dental Group", notes: "Twelve practices; central purchasing.", contacts: [["Dr. Emma Hart", "Clinical director", "emma.hart@bluebird.example"], ["Owen Price", "Purchasing", "owen.price@bluebird.example"]] },
  { name: "Kestrel Architects", notes: "Small studio; deadlines tied to planning submissions.", contacts: [["Nadia Rahman", "Partner", "nadia@kestrel.example"]] },
  { name: "Meridian Health Partners", notes: "Regulated; every change of terms goes through legal.", contacts: [["Grace Kim", "Procurement", "grace.kim@meridian.example"], ["Paul Novak", "Legal", "paul.novak@meridian.example"]] },
  { name: "Oakridge Property Management", notes: "", contacts: [["Ben Adler", "Facilities manager", "ben.adler@oakridge.example"]] },
  { name: "Pioneer Robotics", notes: "Fast-growing; integrates through our API.", contacts: [["Chen Wei", "CTO", "chen.wei@pioneer.example"]] },
  { name: "Silverline Travel", notes: "Invoices monthly in arrears.", contacts: [["Marta Silva", "Accounts payable", "marta@silverline.example"]] },
  { name: "Tidewater Foods", notes: "Cold chain; late deliveries spoil stock.", contacts: [["Isaac Brown", "Supply chain", "isaac.brown@tidewater.example"], ["Amy Lo", "Quality", "amy.lo@tidewater.example"]] },
  { name: "Juniper Legal LLP", notes: "Prefers letters for anything formal.", contacts: [["Victoria Shaw", "Office manager", "v.shaw@juniper.example"]] },
  { name: "Crescent Hotels", notes: "Four sites; renewal due in spring.", contacts: [["Omar Haddad", "Group operations", "omar.haddad@crescent.example"]] },
  { name: "Atlas Fitness Studios", notes: "", contacts: [["Kim Jensen", "Founder", "kim@atlasfit.example"]] },
];

export interface StoryLine {
  category: string;
  title: string;
  description: string;
  impact: string;
  rootCause: [string, string];
  prevention: string;
}

export const STORY: StoryLine[] = [
  { category: "delay", title: "Delivery arrived two days late", description: "The weekly pallet left our warehouse on time but missed the regional hub's cut-off.", impact: "The client had to postpone a customer installation.", rootCause: ["process", "Dispatch did not check the hub's holiday cut-off times."], prevention: "Add hub cut-off times to the dispatch checklist" },
  { category: "delay", title: "Project milestone missed", description: "Design review slipped a week because the lead designer was out sick and nobody covered.", impact: "Their planning submission moved to the next committee date.", rootCause: ["people", "No named cover for the lead designer."], prevention: "Name a deputy on every milestone" },
  { category: "stock_out", title: "Ordered item out of stock after confirmation", description: "We confirmed the order, then found the last units were reserved for another client.", impact: "Their clinic opening lacked two chairs.", rootCause: ["system", "Reservations were not reflected in available stock."], prevention: "Show reserved units in the stock view" },
  { category: "billing_error", title: "Invoice charged twice", description: "The monthly invoice was generated twice after a retry of the billing job.", impact: "The client's card was charged twice; their finance team noticed first.", rootCause: ["system", "The billing job was not idempotent on retry."], prevention: "Make invoice generation idempotent" },
  { category: "billing_error", title: "Wrong VAT rate on invoice", description: "The invoice used the standard rate for a zero-rated service.", impact: "Their accounts payable rejected the invoice.", rootCause: ["process", "Tax code not set when the service was added."], prevention: "Require a tax code when a service is created" },
  { category: "quality_defect", title: "Batch failed the client's quality check", description: "Three of twenty units arrived with a cracked housing.", impact: "They could not install the full batch on schedule.", rootCause: ["supplier", "The packaging supplier changed the foam insert."], prevention: "Inspect a sample of every new packaging lot" },
  { category: "expectation_gap", title: "Report did not cover what the client expected", description: "The quarterly report left out the site-by-site breakdown the client assumed was included.", impact: "Their board meeting went ahead without the figures.", rootCause: ["communication", "Scope agreed by phone, never written down."], prevention: "Send a written scope after every scoping call" },
  { category: "failure", title: "Service outage during the client's peak hours", description: "Our booking service was down for 95 minutes after a failed database migration.", impact: "The client lost bookings during a promotion.", rootCause: ["system", "Migration ran without a rollback plan."], prevention: "Rehearse migrations on a copy with a rollback plan" },
  { category: "failure", title: "Renewal deal fell through after price dispute", description: "The renewal stalled when our new pricing surprised the client's procurement.", impact: "The client had to re-tender at short notice.", rootCause: ["communication", "Pricing change not discussed before the renewal."], prevention: "Discuss pricing changes a quarter before renewal" },
  { category: "change_of_terms", title: "Price increase announced with short notice", description: "The annual price review was emailed two weeks before it took effect.", impact: "Their budget for the year was already approved.", rootCause: ["process", "No minimum notice period in the price review process."], prevention: "Give 60 days' notice of any price change" },
  { category: "communication_lapse", title: "Client's email unanswered for a week", description: "A question about the contract sat in a shared inbox nobody owned that week.", impact: "The client felt ignored and escalated to their director.", rootCause: ["people", "The shared inbox had no owner during holidays."], prevention: "Rota an owner for the shared inbox" },
  { category: "communication_lapse", title: "Wrong client name on the proposal", description: "The proposal reused a template and kept another client's name on page two.", impact: "Embarrassment in front of their leadership team.", rootCause: ["process", "Templates are copied from old proposals."], prevention: "Use a clean template with placeholders" },
  { category: "external", title: "Carrier lost a parcel in transit", description: "The carrier's tracking stopped at the sorting centre three days ago.", impact: "Replacement parts for a broken machine did not arrive.", rootCause: ["external", "Carrier sorting-centre failure."], prevention: "Offer a tracked premium carrier for urgent parts" },
  { category: "external", title: "Supplier recall affects delivered goods", description: "Our supplier recalled a batch of filters that we delivered last month.", impact: "The client had to stop using one line until replaced.", rootCause: ["supplier", "Supplier's component defect."], prevention: "Keep batch numbers per delivery to trace recalls fast" },
  { category: "other", title: "Technician arrived without site access", description: "Our technician was turned away at reception because the visit was not pre-registered.", impact: "The client's team waited half a day for the repair.", rootCause: ["process", "Site access requirements were not on the job sheet."], prevention: "Add site access notes to every job sheet" },
];
