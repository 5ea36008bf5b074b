import MicrocredCore
import Foundation

/// The commented proposal template `microcred init` writes. It is a valid
/// proposal as written (tests check it), so faculty edit rather than start
/// from nothing.
public enum ProposalTemplate {
    public static let text = """
    # microcred proposal: one microcredential, described for the design rules
    # and the four framework reports. Every key is documented in docs/proposal.md.
    # Check it with:   microcred check proposal.yaml
    # Lines starting with # are comments. Quote text that contains ': ' or '#'.

    # --- Required -------------------------------------------------------------
    title: Cloud Infrastructure Fundamentals
    institution: Example State University     # a fictional name; use your own
    institution_type: public    # public | private-nonprofit | proprietary (decides the Title IV length rules)
    cip: [11.0901]              # one or more CIP 2020 codes (first = primary discipline)
    area: GA                    # US, a state (postal GA or FIPS 13), or a metro CBSA code (12060)
    level: undergraduate        # undergraduate | graduate
    credential: recommend       # badge | certificate | certification | recommend
    credit_bearing: true        # false for a non-credit (continuing education) offering
    credit_hours: 9             # or clock_hours: 160 (give one, not both)
    # term_system: semester     # semester (default) | quarter; applies to credit_hours
    weeks: 12                   # weeks a learner takes to finish
    delivery: online            # online | hybrid | in-person | correspondence
    target_population: [returning-adults, current-students, incumbent-workers]
    # also: career-changers, veterans, dual-enrollment, alumni, bachelor-holders

    # --- Optional ---------------------------------------------------------------
    department: School of Computing
    description: >-
      Hands-on skills to configure, secure and monitor cloud and on-premises networks.
    # contact: {name: "Dr. A. Example", email: "a.example@example.edu"}
    # schedule: "Evenings, two 3-hour sessions a week"
    # prerequisites: "Admission to the institution; no prior IT coursework needed"
    # What learners must hold to be admitted, and what the credential is for;
    # they decide which linked occupations a completer can enter
    # (docs/analysis.md, entry reachability).
    admission_requires: high-school  # none | high-school | associate | bachelor | master
    purpose: entry                   # entry (jobs completers can get) | upskill (jobs learners hold)
    # Tailor the crosswalk's occupations, each change with its reason
    # (SOC 2018 or O*NET-SOC codes):
    # occupations:
    #   add: [{soc: 15-1244, reason: "employer partners hire completers as junior administrators"}]
    #   remove: [{soc: 11-3021, reason: "a management role, not an outcome of this badge"}]
    # enrollment_target: 25     # learners in the first year

    # The degree (or longer certificate) it counts toward. via: direct-credit
    # (default) for credit-bearing courses; prior-learning for a non-credit
    # offering that a prior-learning review turns into credit.
    stacks_into:
      program: "B.S. Information Technology"
      cip: 11.0103
      award: bachelor           # certificate | associate | bachelor | master | doctorate
      credits_applied: 9
      # program_credits: 120    # credits the whole program requires
      # requirement: "major electives"
      # via: direct-credit

    # An outside certification the course prepares for (makes "certification" an option).
    # industry_certification: {name: "CompTIA Network+", body: "CompTIA"}
    # competencies: ["Configure virtual networks", "Monitor and troubleshoot cloud services"]

    employer_partners:
      - {name: "Example Regional Health System", role: "advisory board and internships"}
    advisory_board:
      - {name: "Jordan Example", affiliation: "Example Cloud Services"}

    prior_learning:
      ace_military: true        # credit for military training on ACE recommendations
      portfolio: true           # portfolio review of experience
      # credit_by_exam: true
      industry_certifications: ["CompTIA Network+"]   # accepted for credit

    tuition: 1800               # dollars, whole credential
    # fees: 150                 # required fees beyond tuition, whole credential
    # financial_aid_sought: [workforce-pell]   # pell | workforce-pell | loans
    start_term: Fall 2027
    # high_demand_list: datasets/high-demand/ga-derived.csv   # optional; otherwise derived

    """
}
