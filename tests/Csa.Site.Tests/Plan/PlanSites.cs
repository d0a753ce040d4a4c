namespace Csa.Site.Tests.Plan;

/// <summary>A small synthetic site with a plan: two priorities, an indicators table, three actions and two measures.</summary>
internal static class PlanSites
{
    /// <summary>Gets the site's files; the figures are synthetic.</summary>
    public const string Site = """
        -- content/site.yml --
        title: Synthetic Partnership
        -- content/index.md --
        ---
        title: Home
        ---
        Read [the plan](plan.md) and [about ASB](asb.md).
        -- content/plan.md --
        ---
        title: Plan
        ---
        {{ plan_overview }}
        -- content/asb.md --
        ---
        title: ASB
        ---
        {{ plan_actions 'asb' }}

        {{ plan_measures 'asb' }}
        -- content/data/datapackage.yml --
        name: synthetic-plan
        title: Synthetic plan data
        resources:
          - name: priorities
            path: priorities.csv
            title: Priorities (synthetic)
            schema:
              fields:
                - {name: id, title: Id, type: string}
                - {name: title, title: Title, type: string}
              primaryKey: id
          - name: indicators
            path: indicators.csv
            title: Indicators (synthetic)
            schema:
              fields:
                - {name: id, title: Id, type: string}
                - {name: value, title: Value, type: number}
              primaryKey: id
          - name: plan-actions
            path: plan-actions.csv
            title: Actions (synthetic)
            schema:
              fields:
                - {name: id, title: Id, type: string}
                - {name: priority, title: Priority, type: string}
                - {name: action, title: Action, type: string}
                - {name: lead, title: Lead, type: string}
                - {name: partners, title: Partners, type: string}
                - {name: start, title: Start, type: date}
                - {name: due, title: Due, type: date}
                - {name: status, title: Status, type: string}
                - {name: measure, title: Measure, type: string}
                - {name: notes, title: Notes, type: string}
              primaryKey: id
              missingValues: [""]
          - name: plan-measures
            path: plan-measures.csv
            title: Measures (synthetic)
            schema:
              fields:
                - {name: id, title: Id, type: string}
                - {name: priority, title: Priority, type: string}
                - {name: indicator, title: Indicator, type: string}
                - {name: measure, title: Measure, type: string}
                - {name: unit, title: Unit, type: string}
                - {name: baseline, title: Baseline, type: number}
                - {name: baseline_period, title: Baseline period, type: string}
                - {name: latest, title: Latest, type: number}
                - {name: latest_period, title: Latest period, type: string}
                - {name: direction, title: Direction, type: string}
                - {name: target, title: Target, type: number}
                - {name: notes, title: Notes, type: string}
              primaryKey: id
              missingValues: [""]
        plan:
          actions: plan-actions
          measures: plan-measures
          priorities: priorities
          indicators: indicators
          headings:
            - {id: asb, title: Anti-social behaviour, page: /asb/}
            - {id: everyone, title: The whole partnership}
        -- content/data/priorities.csv --
        id,title
        asb,Anti-social Behaviour (synthetic)
        fraud,Fraud (synthetic)
        -- content/data/indicators.csv --
        id,value
        asb-rate,21.7
        fraud-rate,3.9
        -- content/data/plan-actions.csv --
        id,priority,action,lead,partners,start,due,status,measure,notes
        asb-1,asb,Patrol the hotspots (synthetic).,Synthetic Police,Synthetic Council,2020-04-01,2021-03-31,on track,asb-rate,
        asb-2,asb,Share information (synthetic).,,,,,proposed,,
        everyone-1,everyone,Meet every quarter (synthetic).,,,,2020-06-30,done,,Synthetic note.
        -- content/data/plan-measures.csv --
        id,priority,indicator,measure,unit,baseline,baseline_period,latest,latest_period,direction,target,notes
        asb-rate,asb,asb-rate,ASB rate (synthetic),"per 1,000 people",21.7,2018-19,19.5,2019-20,decrease,18,
        fraud-rate,fraud,fraud-rate,Fraud rate (synthetic),"per 1,000 people",3.9,,,,,,
        """;
}
