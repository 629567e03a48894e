#!/usr/bin/env python3
"""Writes synthetic, schema-valid crmlint strategy files for the benchmarks.

Every file uses every key of format 1 with realistic values. A strategy is
built from "programmes": one programme is what a typical strategy file holds
(5 goals, 15 milestones on a phased plan, its stakeholders), and a large file
is many programmes run side by side in one portfolio. Output depends only on
the arguments and the seed.

  gen_strategy.py typical OUT                  one typical file (~8 KB)
  gen_strategy.py many N DIR                   N typical files, DIR/strategy-0000.yaml ...
  gen_strategy.py size BYTES OUT               one file of about BYTES bytes (e.g. 25M)
  gen_strategy.py counts G M S OUT             G goals, M milestones, S stakeholders
"""

import argparse
import collections
import datetime
import os
import random
import sys

TYPICAL_GOALS = 5
TYPICAL_MILESTONES = 15
TYPICAL_STAKEHOLDERS = 10
# A large file has the proportions of the scale benchmark:
# 20,000 goals, 60,000 milestones, 40,000 stakeholders.
LARGE_MILESTONES_PER_GOAL = 3
LARGE_STAKEHOLDERS_PER_GOAL = 2

COMPANIES = ["Acme", "Northwind", "Globex", "Initech", "Umbrella Retail", "Stark Supplies", "Wayne Logistics",
             "Tyrell Insurance", "Cyberdyne Health", "Soylent Foods", "Vandelay Imports", "Hooli Telecom"]
THEMES = ["customer loyalty", "one customer view", "service excellence", "account growth", "retention"]
CURRENCIES = ["USD", "EUR", "GBP"]
CADENCES = ["monthly", "quarterly", "quarterly", "half-yearly"]
FIRST_NAMES = ["Dana", "Lee", "Sam", "Mia", "Raj", "Ivan", "Ana", "Tom", "Noor", "Kofi", "Elena", "Yuki", "Omar",
               "Priya", "Lars", "Chen", "Fatima", "Marco", "Zoe", "Hugo", "Aisha", "Piotr", "Ines", "Ravi"]
LAST_NAMES = ["Ruiz", "Okafor", "Patel", "Novak", "Mehta", "Petrov", "Silva", "Berg", "Haddad", "Mensah", "Rossi",
              "Tanaka", "Farah", "Iyer", "Nilsen", "Wang", "Diallo", "Conti", "Meyer", "Laurent", "Kowalski", "Costa"]
REGIONS = ["West", "North", "Central", "Coastal", "Alpine", "Lakes"]

# id, name, customer_facing, function: the default set of the format, declared
# so the file exercises the section.
DEPARTMENTS = [
    ("sales", "Sales", True, "business"),
    ("marketing", "Marketing", True, "business"),
    ("service", "Customer Service", True, "business"),
    ("support", "Customer Support", True, "business"),
    ("it", "IT", False, "it"),
    ("finance", "Finance", False, "business"),
    ("operations", "Operations", False, "business"),
    ("executive", "Executive leadership", False, "business"),
]
CUSTOMER_FACING = [d[0] for d in DEPARTMENTS if d[2]]

# Stakeholders of a programme, in the order they are created: (key, role,
# department, executive, wiifm). The first owns the programme, the second
# sponsors it; goals are owned by the business roles only.
ROLES = [
    ("lead", "VP Customer Success", "service", False,
     "Renewals at risk are visible a quarter ahead, not a week."),
    ("exec", "Chief Operating Officer", "executive", True,
     "A retention number the board trusts, every month."),
    ("sales", "Head of Sales", "sales", False,
     "Reps see open cases before a renewal call."),
    ("marketing", "Marketing Director", "marketing", False,
     "Campaigns target accounts by real health scores."),
    ("support", "Support Manager", "support", False,
     "Agents stop asking customers to repeat themselves."),
    ("it", "IT Applications Lead", "it", False,
     "One supported process replaces four spreadsheets."),
    ("finance", "Finance Business Partner", "finance", False,
     "Benefits are tracked against the budget each quarter."),
    ("operations", "Operations Manager", "operations", False,
     "Fewer orders stall between teams."),
    ("service", "Service Team Lead", "service", False,
     "Her team closes more cases on first contact."),
    ("analyst", "Customer Insight Analyst", "marketing", False,
     "The monthly analysis takes a morning, not a week."),
]
GOAL_OWNER_KEYS = ["lead", "sales", "support", "marketing", "service"]

# Goal templates: slug, outcome, unit, title, metric name, source, baseline
# range, relative change (kept under smart/realistic's 60%), direction.
GOALS = [
    ("reduce-churn", "retention", "percent",
     "Cut {segment} logo churn from {baseline}% to {target}% by {month} {year}",
     "annual {segment} logo churn", "billing export, monthly", (10, 20), 0.35, -1),
    ("faster-resolution", "satisfaction", "percent",
     "Resolve {target}% of {segment} support cases within one business day by {month} {year}",
     "cases resolved within a day", "support desk weekly report", (50, 60), 0.40, 1),
    ("cross-sell", "loyalty", "percent",
     "Raise the {segment} cross-sell win rate from {baseline}% to {target}% by {month} {year}",
     "cross-sell opportunities won", "opportunity report, quarterly", (15, 25), 0.30, 1),
    ("promoter-score", "advocacy", "points",
     "Lift the net promoter score of {segment} customers from {baseline} to {target} by {month} {year}",
     "net promoter score", "relationship survey, twice a year", (20, 35), 0.45, 1),
    ("onboarding-time", "experience", "days",
     "Shorten onboarding of new {segment} customers from {baseline} to {target} days by {month} {year}",
     "days from contract to first value", "onboarding tracker", (30, 45), 0.40, -1),
    ("repeat-orders", "loyalty", "orders a year",
     "Grow repeat orders per {segment} account from {baseline} to {target} a year by {month} {year}",
     "repeat orders per account per year", "order history, quarterly", (4, 8), 0.50, 1),
    ("account-margin", "profitability", "percent",
     "Raise gross margin on {segment} accounts from {baseline}% to {target}% by {month} {year}",
     "gross margin per account", "finance margin report", (18, 30), 0.25, 1),
    ("new-accounts", "acquisition", "accounts a quarter",
     "Win {target} new {segment} accounts a quarter, up from {baseline}, by {month} {year}",
     "new accounts won per quarter", "opportunity report, quarterly", (20, 40), 0.40, 1),
]
GOAL_DESCRIPTIONS = [
    "Customers who leave tell us no one owned their account after the sale; one account team and one "
    "plan per customer should change that.",
    "Slow answers are the most common complaint in the satisfaction survey, and slow cases cost the most "
    "to serve.",
    "Accounts that buy a second product stay longer and cost less to serve than those that buy one.",
    "Promoters refer new customers and renew without discounts; detractors cost us both.",
    "Customers who see value in their first month renew far more often than those who wait a quarter.",
]
MONTHS = ["March", "June", "September", "December"]

# id, what titles call it, name, profitability, needs.
SEGMENTS = [
    ("enterprise", "enterprise", "Enterprise accounts", "high", ["one account team across sales and service",
                                                   "renewal terms agreed a quarter ahead"]),
    ("mid-market", "mid-market", "Mid-market accounts", "medium", ["fast answers to support cases",
                                                     "advice on which products fit their growth"]),
    ("small-business", "small business", "Small business accounts", "low", ["self-service answers at any hour",
                                                          "simple, predictable pricing"]),
    ("public-sector", "public sector", "Public sector accounts", "medium", ["procurement rules respected from the first call",
                                                           "named contacts who stay in post"]),
    ("startups", "start-up", "Start-up accounts", "unprofitable", ["onboarding in days, not weeks",
                                                       "plans that grow with them"]),
]

OBJECTIVES = [
    ("nrr", "Grow net revenue retention to {n}% by FY{year}"),
    ("cost-to-serve", "Hold cost to serve flat while the customer base grows {m}%"),
    ("share-of-wallet", "Raise share of wallet in key accounts to {m}% by FY{year}"),
]


class Writer:
    """Collects YAML lines; values are quoted only when they need it."""

    def __init__(self):
        self.lines = []

    def line(self, indent, text):
        self.lines.append("  " * indent + text)

    def text(self):
        return "\n".join(self.lines) + "\n"


def scalar(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    s = str(value)
    # Quote text that YAML would read as something else or that holds
    # indicator characters.
    needs_quotes = (not s or s[0] in "!&*-?{}[],#|>@`\"'%:" or ": " in s or " #" in s
                    or s.lower() in ("true", "false", "yes", "no", "null", "on", "off", "~")
                    or s.replace(".", "", 1).isdigit())
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"' if needs_quotes else s


def flow(ids):
    return "[" + ", ".join(ids) + "]"


def folded(w, indent, key, text, width=92):
    """A long text as a folded block scalar, as people write business_need."""
    words = text.split()
    w.line(indent, f"{key}: >-")
    current = ""
    for word in words:
        if current and len(current) + 1 + len(word) > width - 2 * (indent + 1):
            w.line(indent + 1, current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        w.line(indent + 1, current)


def person_name(rng, used):
    """A name not in `used` (the names of one programme, far fewer than the pool)."""
    while True:
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        if name not in used:
            used.add(name)
            return name


def quarter_end(day, later):
    """The last day of the quarter `later` quarters after the one holding `day`."""
    quarter = (day.year * 4 + (day.month - 1) // 3) + later
    year, index = divmod(quarter + 1, 4)
    return datetime.date(year, index * 3 + 1, 1) - datetime.timedelta(days=1)


def split_evenly(total, parts, index):
    return total // parts + (1 if index < total % parts else 0)


class Generator:
    def __init__(self, seed, goals, milestones, stakeholders, typical):
        self.rng = random.Random(seed)
        self.goal_count = goals
        self.milestone_count = milestones
        self.stakeholder_count = stakeholders
        self.programmes = max(1, -(-goals // TYPICAL_GOALS))
        # Sections shared by the whole portfolio grow with it, slowly.
        self.segment_count = 3 if typical else max(len(SEGMENTS), goals // 50)
        self.objective_count = 2 if typical else max(len(OBJECTIVES), goals // 100)
        self.company = self.rng.choice(COMPANIES)
        self.year = self.rng.choice([2027, 2028])
        self.start = datetime.date(self.year, 1, 4) + datetime.timedelta(days=7 * self.rng.randrange(0, 4))
        self.currency = self.rng.choice(CURRENCIES)
        self.stakeholder_ids = []  # per programme: role key -> (id, name), filled as they are first named
        # Ids carry the programme's suffix, so names need only differ within one.
        self.names = [set() for _ in range(self.programmes)]

    def suffix(self, index):
        return "" if self.programmes == 1 else f"-{index + 1}"

    def segment_id(self, k):
        base = SEGMENTS[k % len(SEGMENTS)][0]
        return base if k < len(SEGMENTS) else f"{base}-{k // len(SEGMENTS) + 1}"

    def objective_id(self, k):
        base = OBJECTIVES[k % len(OBJECTIVES)][0]
        return base if k < len(OBJECTIVES) else f"{base}-{k // len(OBJECTIVES) + 1}"

    def write(self):
        w = Writer()
        w.line(0, "# Synthetic strategy from bench/gen_strategy.py")
        w.line(0, "crmlint: 1")
        w.line(0, "")
        self.write_stakeholder_ids()
        self.write_strategy(w)
        self.write_departments(w)
        self.write_stakeholders(w)
        self.write_segments(w)
        self.write_goals(w)
        self.write_milestones(w)
        return w.text()

    def write_stakeholder_ids(self):
        for p in range(self.programmes):
            count = split_evenly(self.stakeholder_count, self.programmes, p)
            ids = {}
            for k in range(count):
                role = ROLES[k % len(ROLES)][0]
                key = role if k < len(ROLES) else f"{role}{k // len(ROLES) + 1}"
                ids[key] = None
            self.stakeholder_ids.append(ids)

    def write_strategy(self, w):
        rng = self.rng
        w.line(0, "strategy:")
        w.line(1, f"name: {self.company} {rng.choice(THEMES)} {self.year}")
        folded(w, 1, "business_need",
               f"Enterprise logo churn rose from {rng.randint(6, 9)}% to {rng.randint(12, 16)}% last year, "
               f"costing {rng.randint(2, 6)}.{rng.randint(0, 9)}M of annual revenue; customers get a different "
               "answer from each team.")
        folded(w, 1, "vision",
               f"Every customer-facing team at {self.company} works from one customer record and one account "
               "plan.")
        w.line(1, "owner: " + self.stakeholder_id(0, "lead"))
        w.line(1, "sponsor: " + self.stakeholder_id(0, "exec"))
        w.line(1, f"currency: {self.currency}")
        w.line(1, f"review_cadence: {rng.choice(CADENCES)}")
        w.line(1, "business_objectives:")
        for k in range(self.objective_count):
            title = OBJECTIVES[k % len(OBJECTIVES)][1].format(n=rng.randint(105, 120), m=rng.randint(10, 40),
                                                              year=self.year + 1)
            w.line(2, f"- id: {self.objective_id(k)}")
            w.line(2, f"  title: {scalar(title)}")
        w.line(0, "")

    def write_departments(self, w):
        w.line(0, "departments:")
        # One line each, as a table: the way people write a list of small records.
        for dept_id, name, facing, function in DEPARTMENTS:
            w.line(1, f"- {{id: {dept_id}, name: {name}, customer_facing: {scalar(facing)}, function: {function}}}")
        w.line(0, "")

    def stakeholder_id(self, programme, key):
        ids = self.stakeholder_ids[programme]
        if key not in ids:  # a small programme lacks the role: its first stakeholder stands in
            key = next(iter(ids))
        if ids[key] is None:
            name = person_name(self.rng, self.names[programme])
            ids[key] = (f"{name.lower().replace(' ', '-')}{self.suffix(programme)}", name)
        return ids[key][0]

    def write_stakeholders(self, w):
        w.line(0, "stakeholders:")
        for p in range(self.programmes):
            for index, key in enumerate(self.stakeholder_ids[p]):
                _, title, dept, executive, wiifm = ROLES[index % len(ROLES)]
                sid = self.stakeholder_id(p, key)
                name = self.stakeholder_ids[p][key][1]
                w.line(1, f"- id: {sid}")
                w.line(1, f"  name: {name}")
                w.line(1, f"  role: {title}")
                w.line(1, f"  department: {dept}")
                if executive or index == 0:
                    w.line(1, f"  executive: {scalar(executive)}")
                w.line(1, f"  wiifm: {scalar(wiifm)}")
        w.line(0, "")

    def write_segments(self, w):
        rng = self.rng
        w.line(0, "customers:")
        w.line(1, "segments:")
        shares = [62, 28, 7, 2, 1]
        for k in range(self.segment_count):
            _, _, name, profitability, needs = SEGMENTS[k % len(SEGMENTS)]
            w.line(2, f"- id: {self.segment_id(k)}")
            w.line(2, f"  name: {name}" + ("" if k < len(SEGMENTS) else f" {REGIONS[k % len(REGIONS)]} {k}"))
            w.line(2, f"  profitability: {profitability}")
            share = shares[k] if k < len(shares) else rng.randint(0, 3)
            w.line(2, f"  share_of_profit: {share}%" if k % 2 == 0 else f"  share_of_profit: {share}")
            w.line(2, "  needs:")
            for need in needs[: 1 + k % 2]:
                w.line(4, f"- {need}")
        w.line(0, "")

    def goal_plan(self, p):
        """The goals of programme p: (id, index into GOALS)."""
        plan = []
        for k in range(split_evenly(self.goal_count, self.programmes, p)):
            template = (p + k) % len(GOALS)
            plan.append((f"{GOALS[template][0]}{self.suffix(p)}", template))
        return plan

    def write_goals(self, w):
        rng = self.rng
        w.line(0, "goals:")
        priority = 1
        self.goal_ids = []
        for p in range(self.programmes):
            plan = self.goal_plan(p)
            self.goal_ids.append([g[0] for g in plan])
            plan_end = self.start + datetime.timedelta(days=PLAN_DAYS)
            for k, (gid, template) in enumerate(plan):
                _, outcome, unit, title, metric, source, (lo, hi), change, direction = GOALS[template]
                segment_index = (p * 2 + k) % self.segment_count
                segment = self.segment_id(segment_index)
                segment_words = SEGMENTS[segment_index % len(SEGMENTS)][1]
                baseline = rng.randint(lo, hi)
                target = round(baseline * (1 + direction * change * rng.uniform(0.6, 1.0)))
                if target == baseline:
                    target += direction
                due = quarter_end(plan_end, rng.randint(0, 3))
                w.line(1, f"- id: {gid}")
                w.line(1, "  title: " + scalar(title.format(segment=segment_words, baseline=baseline,
                                                            target=target, month=MONTHS[(due.month - 1) // 3],
                                                            year=due.year)))
                if k == 0:
                    w.line(1, "  description: " + scalar(GOAL_DESCRIPTIONS[template % len(GOAL_DESCRIPTIONS)]))
                owner_key = GOAL_OWNER_KEYS[k % len(GOAL_OWNER_KEYS)]
                w.line(1, f"  owner: {self.stakeholder_id(p, owner_key)}")
                objectives = sorted({(p + k) % self.objective_count, p % self.objective_count})
                w.line(1, "  supports: " + flow(self.objective_id(o) for o in objectives))
                w.line(1, f"  outcome: {outcome}")
                w.line(1, f"  segments: [{segment}]")
                departments = [CUSTOMER_FACING[(k + j) % len(CUSTOMER_FACING)] for j in range(2 + k % 2)]
                w.line(1, "  departments: " + flow(departments))
                w.line(1, "  metric:")
                w.line(1, "    name: " + scalar(metric.format(segment=segment_words)))
                if unit == "percent" and k % 2 == 1:
                    w.line(1, f'    baseline: "{baseline}%"')
                    w.line(1, f'    target: "{target}%"')
                else:
                    w.line(1, f"    baseline: {baseline}")
                    w.line(1, f"    target: {target}")
                w.line(1, f"    unit: {unit}")
                w.line(1, f"    source: {scalar(source)}")
                w.line(1, f"  due: {due.isoformat()}")
                w.line(1, f"  priority: {priority}")
                priority += 1
                benefit = rng.randint(3, 12) * 100000
                if k == 0:
                    w.line(1, "  benefit:")
                    w.line(1, f"    amount: {benefit}")
                    w.line(1, f"    currency: {self.currency}")
                    w.line(1, "    per: year")
                else:
                    w.line(1, f"  benefit: {{amount: {benefit}, per: year}}")
                cost = benefit // rng.randint(2, 4)
                if k == 0:
                    w.line(1, "  cost:")
                    w.line(1, f"    amount: {cost}")
                    w.line(1, f"    currency: {self.currency}")
                    w.line(1, "    per: once")
                else:
                    w.line(1, f"  cost: {cost}")
        w.line(0, "")

    def write_milestones(self, w):
        w.line(0, "milestones:")
        for p in range(self.programmes):
            count = split_evenly(self.milestone_count, self.programmes, p)
            self.write_programme_milestones(w, p, count)

    def write_programme_milestones(self, w, p, count):
        region = REGIONS[(p + self.rng.randrange(len(REGIONS))) % len(REGIONS)]
        goals = self.goal_ids[p]
        # A programme with fewer milestones than the plan keeps its first
        # steps; one with more adds monthly check-ins after the final review.
        steps = PLAN[:count]
        for n in range(1, count - len(PLAN) + 1):
            steps.append(Step(f"checkin-{n}", "communication", None,
                              f"Monthly check-in {n} with the teams on the new account plans", "lead", None,
                              PLAN_DAYS + 30 * n - 2, PLAN_DAYS + 30 * n, ["review"], None, None))
        for step in steps:
            w.line(1, f"- id: {step.key}{self.suffix(p)}")
            w.line(1, "  title: " + scalar(step.title.format(region=region)))
            served = goals if step.goals == "all" else goals[:2] if step.goals == "first" else []
            if served:
                w.line(1, "  goals: " + flow(served))
            w.line(1, f"  owner: {self.stakeholder_id(p, step.owner)}")
            w.line(1, f"  type: {step.type}")
            if step.scope:
                w.line(1, f"  scope: {step.scope}")
            if step.departments:
                w.line(1, "  departments: " + flow(step.departments))
            w.line(1, f"  start: {(self.start + datetime.timedelta(days=step.start)).isoformat()}")
            w.line(1, f"  due: {(self.start + datetime.timedelta(days=step.due)).isoformat()}")
            if step.after:
                w.line(1, "  after: " + flow(f"{key}{self.suffix(p)}" for key in step.after))
            if step.status:
                w.line(1, f"  status: {step.status}")


# The phased plan of one programme. Days count from the strategy's start; every
# step starts after the steps it waits for are due, training comes before the
# pilot and the rollout, the pilot before the rollout, and requirements before
# vendor selection. `goals`: which of the programme's goals the step serves
# ("first" two, "all", or none); `owner`: a role key of ROLES.
Step = collections.namedtuple("Step", "key type scope title owner departments start due after status goals")
PLAN = [Step(*step) for step in [
    ("agree-need", "need", None, "Leadership agrees the problem and the case for change",
     "exec", None, 0, 11, [], "done", None),
    ("share-vision", "vision", None, "Vision shared with every customer-facing team",
     "lead", ["sales", "marketing", "service", "support"], 14, 25, ["agree-need"], "done", None),
    ("requirements", "requirements", None, "Requirements derived from the goals",
     "lead", ["sales", "marketing", "service", "support", "it"], 28, 53, ["share-vision"],
     "in-progress", None),
    ("select-vendor", "vendor-selection", None, "Choose the vendor that fits the requirements",
     "it", None, 56, 81, ["requirements"], None, None),
    ("redesign-handoffs", "process", None, "Redesign the sales-to-service handoff",
     "lead", None, 56, 95, ["requirements"], None, None),
    ("clean-data", "data", None, "Merge duplicate accounts and clean contact data",
     "it", None, 84, 109, ["select-vendor"], None, None),
    ("connect-billing", "integration", None, "Connect billing to the shared account record",
     "it", None, 112, 137, ["clean-data"], None, None),
    ("train-region", "training", "team", "Train the {region} region's sales and service teams",
     "sales", ["sales", "service"], 140, 151, ["connect-billing", "redesign-handoffs"], None, None),
    ("pilot-region", "pilot", "region", "Pilot shared account plans with the {region} region",
     "lead", ["sales", "service"], 154, 210, ["train-region"], None, "first"),
    ("review-pilot", "review", None, "Review the pilot and adjust the plan",
     "lead", None, 213, 224, ["pilot-region"], None, None),
    ("announce", "communication", None, "Tell staff and key customers what changes and why",
     "marketing", ["marketing", "sales", "service", "support"], 213, 224, ["pilot-region"], None, None),
    ("adjust-renewals", "process", None, "Adjust the renewal process after the pilot",
     "service", None, 213, 240, ["pilot-region"], None, None),
    ("train-all", "training", "enterprise", "Train every customer-facing team",
     "support", None, 227, 258, ["review-pilot"], None, None),
    ("rollout-enterprise", "rollout", "enterprise", "Roll out shared account plans across the enterprise",
     "lead", ["sales", "marketing", "service", "support"], 261, 350,
     ["train-all", "announce", "adjust-renewals"], None, "all"),
    ("review", "review", None, "Review every goal against its baseline",
     "exec", None, 353, 371, ["rollout-enterprise"], None, "all"),
]]
PLAN_DAYS = 371


def parse_size(text):
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    text = text.strip().upper().rstrip("B")
    if text and text[-1] in units:
        return int(float(text[:-1]) * units[text[-1]])
    return int(text)


def typical_text(seed):
    return Generator(seed, TYPICAL_GOALS, TYPICAL_MILESTONES, TYPICAL_STAKEHOLDERS, typical=True).write()


def counts_text(seed, goals, milestones, stakeholders):
    return Generator(seed, goals, milestones, stakeholders, typical=False).write()


def size_text(seed, size):
    # Bytes per goal (with its share of milestones and stakeholders) measured
    # on a sample, then scaled: the result lands within a few percent.
    sample_goals = 500
    sample = counts_text(seed, sample_goals, sample_goals * LARGE_MILESTONES_PER_GOAL,
                         sample_goals * LARGE_STAKEHOLDERS_PER_GOAL)
    goals = max(TYPICAL_GOALS, round(size / (len(sample.encode()) / sample_goals)))
    return counts_text(seed, goals, goals * LARGE_MILESTONES_PER_GOAL, goals * LARGE_STAKEHOLDERS_PER_GOAL)


def write_file(path, text):
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=2027, help="random seed (default 2027)")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("typical", help="one typical file")
    p.add_argument("out")
    p = sub.add_parser("many", help="N typical files into a directory")
    p.add_argument("n", type=int)
    p.add_argument("dir")
    p = sub.add_parser("size", help="one file of about the given size (25M, 800K, bytes)")
    p.add_argument("size")
    p.add_argument("out")
    p = sub.add_parser("counts", help="one file with exactly these counts")
    p.add_argument("goals", type=int)
    p.add_argument("milestones", type=int)
    p.add_argument("stakeholders", type=int)
    p.add_argument("out")
    args = parser.parse_args(argv)

    if args.command == "typical":
        write_file(args.out, typical_text(args.seed))
    elif args.command == "many":
        os.makedirs(args.dir, exist_ok=True)
        for i in range(args.n):
            write_file(os.path.join(args.dir, f"strategy-{i:04d}.yaml"), typical_text(args.seed + i))
    elif args.command == "size":
        write_file(args.out, size_text(args.seed, parse_size(args.size)))
    else:
        if min(args.goals, args.milestones) < 1 or args.stakeholders < -(-args.goals // TYPICAL_GOALS):
            parser.error("counts: at least 1 goal and 1 milestone, and a stakeholder for every 5 goals")
        write_file(args.out, counts_text(args.seed, args.goals, args.milestones, args.stakeholders))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
