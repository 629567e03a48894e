#include "starter.h"

namespace crmlint {

namespace {

// Kept in step with the rules by tests/init_test.cpp, which lints it with
// every rule on.
constexpr std::string_view kStarter = R"yaml(# A starter CRM strategy, written by `crmlint init`. It lints clean as it
# stands. Replace every name, number and date with your own (the dates are an
# example plan for 2027), and run `crmlint THIS-FILE` after each change: each
# finding says what is missing and how to fix it; `crmlint explain RULE` says
# why the rule asks for it. The comment on each key says what good looks like.
#
# For completion and hover help in an editor with a YAML language server:
#   crmlint schema > .crmlint-schema.json
# and add this line at the top of the file, starting with a single '#':
#   # yaml-language-server: $schema=./.crmlint-schema.json

crmlint: 1                      # the format version this file is written in

strategy:                       # what the strategy is for, who leads it and who backs it
  name: Northwind customer retention 2027   # a short name people will use in meetings
  # The pain or opportunity that makes change necessary, in figures the whole
  # company recognises: what it costs today, and who feels it.
  business_need: >-
    Enterprise churn rose from 9% to 12% last year, costing $2.4M of annual
    revenue, and customers say sales and support give them different answers.
  # The destination staff are asked to buy into: how the customer's experience
  # and the daily work of each team change when the strategy succeeds.
  vision: >-
    Every customer-facing team works from one shared customer record, so a
    customer tells their story once and hears one consistent answer.
  owner: alex                   # a business leader who leads it day to day (a stakeholder id): not IT
  sponsor: jordan               # an executive who backs it visibly (a stakeholder with executive: true)
  currency: USD                 # ISO 4217 code of amounts written as bare numbers
  sector: business              # business, public (councils), education or nonprofit (charities)
  # What the whole programme costs, when the goals' own costs do not add up to it.
  budget: {amount: 900000, currency: USD, per: once}
  review_cadence: quarterly     # how often results are measured and the plan adjusted
  # When this plan is one phase of a larger programme: its number, and what the
  # later phases roll out and to whom. Delete both lines for a whole-programme plan.
  phase: 1                      # this plan's phase; 1 for the first
  later_phases: Phase 2 (2028) takes the shared record to the partner channel.   # what comes next
  business_objectives:          # the company goals this strategy serves, as the board states them
    - id: retention             # a short id that goals name in `supports`
      title: Grow net revenue retention from 104% to 110% by 2028         # the objective, with its number
    - id: cost-to-serve         # one entry per objective; two or three are plenty
      title: Hold the cost to serve flat while the customer base grows 15%  # measurable, like the first

# These are crmlint's default departments: without this section it uses the
# same eight. Declaring it replaces the whole set, so make it match your
# organisation.
departments:
  - id: sales                   # a short id that goals, milestones and stakeholders name
    name: Sales                 # the name people use for the department
    customer_facing: true       # true when it deals with customers: each such department must take part
    function: business          # business, or it for IT: business leads the strategy, IT supports it
  - {id: marketing, name: Marketing, customer_facing: true}          # the same keys, written on one line
  - {id: service, name: Customer Service, customer_facing: true}     # every customer-facing team takes part...
  - {id: support, name: Customer Support, customer_facing: true}     # ...so customers hear one voice
  - {id: it, name: IT, function: it}                                 # IT: involved and accepting, not leading
  - {id: finance, name: Finance}                                     # not customer-facing: customer_facing false
  - {id: operations, name: Operations}                               # a department no goal names yet is fine
  - {id: executive, name: Executive leadership}                      # where the sponsor sits

# The people the strategy relies on. Give each a WIIFM, "what's in it for me":
# the benefit they personally gain, in the terms of their own job. People back
# a change they gain from.
stakeholders:
  - id: alex                    # a short id that owner, sponsor and goals name
    name: Alex Rivera           # a named person, not a team: someone who can be asked
    role: VP Customer Experience   # a job title that shows they can make the change happen
    department: service         # the department they belong to (an id from departments)
    wiifm: >-                   # specific to their job, not "a better CRM"
      Renewals at risk show up a quarter ahead, and fewer escalations reach
      Alex's desk.
  - id: jordan                  # the executive sponsor
    name: Jordan Lee            # a sponsor senior enough to settle disputes between departments
    role: Chief Operating Officer   # an executive who owns the business result
    department: executive       # sponsors usually sit in executive leadership
    executive: true             # marks an executive: the sponsor must be one
    wiifm: A retention figure the board trusts, reported from one place.   # what the sponsor reports upward
  - id: sam                     # one stakeholder with a WIIFM for every department the plan involves
    name: Sam Okoro             # someone who speaks for the sales team
    role: Head of Sales         # the leader whose people will change how they work
    department: sales           # sales takes part in goals and milestones below
    wiifm: Reps see open support cases before a renewal call, and spend less time on spreadsheets.   # time to sell
  - id: priya                   # marketing's voice in the plan
    name: Priya Shah            # the person who speaks for marketing
    role: Marketing Director    # senior enough to commit her team's time
    department: marketing       # marketing announces the change and works on the rollout
    wiifm: Campaigns target accounts by their real health, not by guesswork.   # better results for her team
  - id: tom                     # support's voice in the plan
    name: Tom Becker            # the person who speaks for support
    role: Support Manager       # close to the agents whose work changes most
    department: support         # support works on both goals
    wiifm: Agents see the whole account history, so customers stop repeating themselves.   # fewer angry calls
  - id: casey                   # IT takes part: it must understand and accept the plan
    name: Casey Nguyen          # the person who speaks for IT
    role: IT Applications Lead  # the one who will run the system after go-live
    department: it              # IT supports the strategy; a business leader owns it
    wiifm: One supported system replaces four spreadsheets and two unsupported tools.   # less to maintain

customers:                      # who the customers are: the strategy starts from them, not from software
  segments:                     # groups of customers you treat differently
    - id: enterprise            # a short id that goals name in `segments`
      name: Enterprise accounts   # the segment's name
      profitability: high       # high, medium, low or unprofitable: where to invest, and where not
      share_of_profit: 60%      # its share of profit, from finance: a number 0-100 or "NN%"
      needs:                    # what these customers need from you, in their words
        - one account team that knows their history
        - renewal terms agreed a quarter ahead
    - id: mid-market            # a second segment, treated differently from the first
      name: Mid-market accounts   # the segment's name
      profitability: medium     # how profitable the segment is
      share_of_profit: 30%      # the shares of all segments need not add up to 100
      needs:                    # what they need: fast, simple service
        - fast answers to support questions
        - advice on which products fit as they grow

# A few goals, each SMART (specific, measurable, actionable, realistic,
# time-bound) and about a customer outcome, not about software.
goals:
  - id: reduce-churn            # a short id that milestones name in `goals`
    title: Cut enterprise churn from 12% to 8% by the end of 2027   # what changes, by how much, by when
    description: >-             # optional detail: why this goal, and what is out of its scope
      Customers who left told us nobody followed up on their complaints.
      This goal covers enterprise accounts only.
    owner: alex                 # one accountable business leader; no one should own more than three goals
    supports: [retention]       # the business objectives it serves (ids from strategy.business_objectives)
    outcome: retention          # the customer outcome: retention, loyalty, satisfaction, acquisition, ...
    segments: [enterprise]      # the customer segments it serves
    departments: [sales, service, support]   # every department that must work on it: at least two
    metric:                     # how you will know: a figure measured the same way before and after
      name: annual enterprise logo churn        # what is measured
      baseline: 12              # today's value, measured rather than estimated
      target: 8                 # the value to reach by `due`: a stretch, but not 0 or 100%
      unit: percent             # the unit; "%" and "percent" both mean percent
      source: billing system, monthly export    # where the figure comes from, so anyone can check it
    due: 2027-12-31             # the date by which the target must be reached; a month (2027-12) or a quarter (2027-Q4) will do
    priority: 1                 # 1 is the highest; no two goals share a priority
    benefit:                    # the value in money: a bare number, or amount with currency and per
      amount: 900000            # revenue kept, agreed with finance
      currency: USD             # optional: strategy.currency when absent
      per: year                 # year for a recurring benefit; once (the default) for a one-off
      cashable: true            # revenue is cash; false for value in money that is not cash, e.g. staff time released
    cost: 350000                # what it costs in strategy.currency: people, software, training
  - id: first-contact           # a second goal, for another outcome and segment
    title: Resolve 75% of customer questions at first contact by March 2028   # a number and a date in it
    owner: tom                  # the leader whose team delivers it
    supports: [cost-to-serve, retention]   # a goal may serve more than one objective
    outcome: satisfaction       # the customer outcome it delivers
    segments: [mid-market, enterprise]     # the segments that feel the difference
    departments: [support, service]        # the teams that share the work
    metric:                     # measured weekly from the support desk
      name: share of questions resolved at first contact   # what is measured
      baseline: 60              # today's value
      target: 75                # a realistic step: a change of more than 60% of the baseline is flagged
      unit: percent             # the unit of baseline and target
      source: support desk weekly report   # where the figure comes from
    due: 2028-03-31             # when the target must be reached
    priority: 2                 # ranked below the first goal
    benefit: 400000             # a one-off benefit in strategy.currency
    cost:                       # the same shape as benefit
      amount: 60000             # a yearly licence and support cost...
      per: year                 # ...counted for every year the plan runs

# The delivery plan, in order: agree the need and the vision, derive the
# requirements, choose a vendor only then, prepare data and processes, train
# people, pilot small, tell everyone, roll out to the enterprise, and review.
milestones:
  - id: agree-need              # a short id that other milestones name in `after`
    title: Leadership agrees the churn problem and the case for change   # what is delivered
    # More detail when the title is not enough: what the step involves, who takes part.
    description: Two workshops with the heads of sales, service and support, using last year's churn figures.
    owner: jordan               # the stakeholder accountable for it
    type: need                  # need, vision, requirements, vendor-selection, data, integration, process,
                                # training, communication, consultation, organisation, pilot, rollout
                                # or review
    start: 2027-01-11           # when work starts
    due: 2027-01-22             # when it is done: on or after start
    status: planned             # planned (the default), in-progress, done or dropped
  - id: share-vision            # the vision comes before any talk of software
    title: Share the vision at the all-hands of every customer-facing team   # what is delivered
    owner: alex                 # the strategy owner presents it
    type: vision                # the vision is written and shared
    departments: [sales, marketing, service, support]   # the departments involved
    start: 2027-01-25           # after the need is agreed...
    due: 2027-02-05             # ...and done before requirements start
    after: [agree-need]         # milestones that must be done first
  - id: requirements            # requirements come from the goals, not from a vendor's demo
    title: Derive the requirements from the goals with each department   # what is delivered
    owner: alex                 # the business leads the requirements
    type: requirements          # requirements derived from the strategy
    departments: [sales, marketing, service, support, it]   # every department that will use the result
    start: 2027-02-08           # after the vision is shared
    due: 2027-03-05             # before vendor selection starts
    after: [share-vision]       # waits for the vision
  - id: select-vendor           # choose software only once the requirements are known
    title: Choose the system that best meets the requirements   # what is delivered
    owner: casey                # IT runs the selection; the business decides what is needed
    type: vendor-selection      # choosing software or a vendor
    departments: [it]           # the departments involved
    start: 2027-03-08           # on or after the requirements are due
    due: 2027-04-02             # when the choice is made
    after: [requirements]       # waits for the requirements
  - id: clean-data              # data work: merge duplicates before anyone relies on the record
    title: Merge duplicate accounts and clean contact data   # what is delivered
    owner: casey                # the stakeholder accountable for it
    type: data                  # data cleansing and migration
    departments: [it, sales]    # sales knows which duplicate is right
    start: 2027-04-05           # after the vendor is chosen
    due: 2027-04-30             # done before training starts
    after: [select-vendor]      # waits for the choice of system
  - id: redesign-handoffs       # process: change how work flows, not only which screens people use
    title: Redesign the handoff from sales to service and the renewal process   # what is delivered
    owner: sam                  # a business leader owns the process change
    type: process               # redesigning a business process
    departments: [sales, service, support]   # the departments whose work changes
    start: 2027-03-08           # runs alongside vendor selection
    due: 2027-04-16             # done before training starts
    after: [requirements]       # waits for the requirements
  - id: train-pilot-team        # train people before they use the new way of working
    title: Train the West region's sales, service and support teams   # who is trained, on what
    owner: tom                  # the stakeholder accountable for it
    type: training              # educating the staff who will use it
    scope: team                 # team, region, department or enterprise
    departments: [sales, service, support]   # every department the pilot involves
    start: 2027-05-03           # after data and processes are ready
    due: 2027-05-14             # on or before the pilot starts
    after: [clean-data, redesign-handoffs]   # waits for data and processes
  - id: pilot-west              # start small: a pilot before any wide rollout
    title: Pilot shared account plans in the West region   # what is tried, and where
    goals: [reduce-churn, first-contact]   # the goals this milestone advances
    owner: alex                 # the stakeholder accountable for it
    type: pilot                 # a small first rollout, to learn before going wide
    scope: region               # a team or a region, not the enterprise
    departments: [sales, service, support]   # trained above before it starts
    start: 2027-05-17           # after training is due
    due: 2027-07-02             # done before the rollout starts
    after: [train-pilot-team]   # waits for training
  - id: announce                # tell staff and customers what changes and why
    title: Tell staff and key customers what changes and why   # what is delivered
    owner: priya                # marketing runs the communication
    type: communication         # telling staff and customers
    departments: [marketing, sales, service, support]   # the departments involved
    start: 2027-07-05           # once the pilot has shown what works
    due: 2027-07-16             # before the rollout starts
    after: [pilot-west]         # waits for the pilot's lessons
  - id: train-everyone          # every team is trained before the rollout reaches it
    title: Train every customer-facing team on the shared account plans   # who is trained, on what
    owner: tom                  # the stakeholder accountable for it
    type: training              # with no departments, it covers every department
    scope: enterprise           # how far it reaches
    start: 2027-07-05           # after the pilot
    due: 2027-08-13             # on or before the rollout starts
    after: [pilot-west]         # uses the pilot's lessons
  - id: rollout-enterprise      # the whole enterprise, so the change is not left half done
    title: Roll out shared account plans across the enterprise   # what is delivered
    goals: [reduce-churn, first-contact]   # the goals this milestone advances
    owner: alex                 # the stakeholder accountable for it
    type: rollout               # putting it into use
    scope: enterprise           # an enterprise rollout gets at least 60 days
    departments: [sales, marketing, service, support]   # every customer-facing department
    start: 2027-08-16           # after the pilot, the training and the announcement
    due: 2027-11-26             # due no later than the goals it serves
    after: [announce, train-everyone]   # waits for communication and training
  - id: review-results          # measure the results and adjust the plan
    title: Review churn and first-contact resolution against their baselines   # what is measured
    owner: jordan               # the sponsor chairs the review
    type: review                # measuring results and adjusting the plan
    start: 2027-11-29           # after the rollout
    due: 2027-12-17             # then again every quarter (review_cadence)
    after: [rollout-enterprise] # waits for the rollout

# What could go wrong, who watches each risk, and what is done about it.
risks:
  - id: adoption                # a short id for the risk
    title: Reps keep their own spreadsheets and the shared record goes stale   # what could go wrong
    owner: alex                 # the stakeholder who watches it and acts
    mitigation: Team leads review shared-record use weekly; spreadsheets retire at go-live   # what is done
)yaml";

}  // namespace

std::string_view starterStrategy() { return kStarter; }

}  // namespace crmlint
