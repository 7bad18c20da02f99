"""One source of truth for the 10-step journey: writes ten-steps.mmd and ten-steps.journey.ron."""
import json

TITLE = "Buying an espresso machine online / Zakup ekspresu / 网购咖啡机"
ACTORS = ["Anna", "Support"]
# (stage id, stage name, [(task text, mermaid score 1-5, actors, emotion label)])
STAGES = [
    ("discover", "Discover", [
        ("Sees a friend's post about the new espresso machine", 4, ["Anna"], "Curious"),
        ("在小红书上搜索用户评价和开箱视频", 4, ["Anna"], "很期待"),
    ]),
    ("compare", "Porównanie", [
        ("Porównuje ceny w trzech sklepach", 3, ["Anna"], "Neutralnie"),
        ("Czyta na forum opinie o awariach młynka", 2, ["Anna"], "Niepokój"),
    ]),
    ("buy", "购买 Checkout", [
        ("结帐流程太复杂，需要填写太多信息", 1, ["Anna"], "很烦躁"),
        ("Reads the delivery terms twice before paying", 2, ["Anna"], "Unsure"),
    ]),
    ("delivery", "Dostawa", [
        ("Kurier dzwoni, że przyjedzie dopiero wieczorem", 2, ["Anna", "Support"], "Irytacja"),
        ("Unpacks and finds the quick-start guide only in German", 2, ["Anna"], "Annoyed"),
    ]),
    ("support", "Support / 售后", [
        ("Chats with support about the grinder setting", 4, ["Anna", "Support"], "Relieved"),
        ("客服很快回复并寄来了中文说明书", 5, ["Anna", "Support"], "非常满意"),
    ]),
]
SCORE_MAP = {1: -3, 2: -1, 3: 0, 4: 1, 5: 3}


def q(s):
    return json.dumps(s, ensure_ascii=False)  # RON strings use the same escapes as JSON


def mermaid():
    out = ["journey", f"    title {TITLE}"]
    for _, name, tasks in STAGES:
        out.append(f"    section {name}")
        for text, score, actors, _ in tasks:
            assert ":" not in text
            out.append(f"      {text}: {score}: {', '.join(actors)}")
    return "\n".join(out) + "\n"


def ron():
    o = ["#![enable(implicit_some)]", "(", "    version: 1,", f"    title: {q(TITLE)},",
         "    kind: CurrentState,", '    segment: "",',
         f"    description: {q('Actors: ' + ', '.join(ACTORS) + ' (Mermaid journey equivalent)')},",
         '    created: "2026-11-25",', '    updated: "2026-11-25",',
         '    persona: (name: "", role: "", quote: "", bio: "", demographics: [], goals: [], needs: [], behaviours: [], suggestions: [], notes: ""),',
         "    stages: ["]
    for sid, name, tasks in STAGES:
        steps = ", ".join(f'(id: "step-{sid}-{i+1}", name: "{i+1}")' for i in range(len(tasks)))
        o.append(f'        (id: "stage-{sid}", name: {q(name)}, steps: [{steps}]),')
    o += ["    ],", "    lanes: [",
          '        (id: "lane-actions", name: "Actions", kind: Actions),',
          '        (id: "lane-emotion", name: "Emotions", kind: Emotions),',
          "    ],", "    cards: ["]
    for sid, _, tasks in STAGES:
        for i, (text, score, actors, label) in enumerate(tasks):
            st = f"step-{sid}-{i+1}"
            o.append(f'        (id: "card-{sid}-act-{i+1}", lane: "lane-actions", stage: "stage-{sid}", step: "{st}", text: {q(text)}),')
            o.append(f'        (id: "card-{sid}-emo-{i+1}", lane: "lane-emotion", stage: "stage-{sid}", step: "{st}", text: {q(label)}, details: Emotion(score: {SCORE_MAP[score]})),')
    o += ["    ],", ")"]
    return "\n".join(o) + "\n"


if __name__ == "__main__":
    open("ten-steps.mmd", "w", encoding="utf-8").write(mermaid())
    open("ten-steps.journey.ron", "w", encoding="utf-8").write(ron())
    # list of task texts for the fit checker
    json.dump([t[0] for _, _, ts in STAGES for t in ts], open("tasks.json", "w", encoding="utf-8"), ensure_ascii=False)
    json.dump([t[3] for _, _, ts in STAGES for t in ts], open("labels.json", "w", encoding="utf-8"), ensure_ascii=False)
