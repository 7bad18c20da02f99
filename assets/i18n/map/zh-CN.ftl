# Wayline 在地图页面上打印的文字（布局与导出），简体中文。
# 键必须与 en.ftl 和 pl.ftl 相同（有测试检查）。

## 地图页眉与用户画像
header-segment = 客户群：{ $segment }
header-updated = 更新于 { $date }
persona-persona = 用户画像
persona-about = 简介
persona-goals = 目标
persona-needs = 需求与问题
persona-behaviours = 行为
persona-suggestions = 建议
persona-notes = 备注

## 地图类型
map-kind-current-state = 现状地图
map-kind-future-state = 未来状态地图
map-kind-day-in-the-life = 一日生活
map-kind-service-blueprint = 服务蓝图

## 泳道类型
lane-kind-actions = 行为
lane-kind-touchpoints = 接触点
lane-kind-thoughts = 想法
lane-kind-emotions = 情绪
lane-kind-pain-points = 痛点
lane-kind-opportunities = 机会
lane-kind-kpis = 关键绩效指标
lane-kind-insights = 洞察
lane-kind-frontstage = 前台
lane-kind-backstage = 后台
lane-kind-support = 支持流程
lane-kind-text = 文本
lane-hidden = 已隐藏
lane-kind-hidden = { $kind } · 已隐藏

## 卡片详情
presence-online = 线上
presence-offline = 线下
presence-both = 线上 + 线下
pain-category-financial = 财务
pain-category-productivity = 效率
pain-category-process = 流程
pain-category-support = 支持
severity-low = 严重度：低
severity-medium = 严重度：中
severity-high = 严重度：高
severity-critical = 严重度：极高
priority-low = 低优先级
priority-medium = 中优先级
priority-high = 高优先级
status-idea = 构想
status-planned = 已计划
status-in-progress = 进行中
status-done = 已完成
status-dropped = 已放弃
answers-pain-points = 解决 { $count } 个痛点
no-owner = 无负责人
fact = { $label }：{ $value }
task-owner = 负责人：{ $owner }
metric-target = 目标 { $target }
kpi-value-target = { $name }：{ $value }（{ $target }）
kpi-value = { $name }：{ $value }
kpi-target = { $name }（{ $target }）

## 情绪曲线与真相时刻
moment-of-truth = 真相时刻：{ $moment }
moment-discovery = 发现
moment-purchase = 购买
moment-experience = 体验
moment-loyalty = 忠诚

## 阶段行
funnel-goal-completion = 目标完成率 { $percent }
funnel-drop-off = 流失率 { $percent }
row-stage-kpis = 阶段关键绩效指标
row-insights = 洞察
notes-lane = 笔记
notes-lane-subtitle = 书写区

## 服务蓝图
blueprint-line-of-interaction = 互动线
blueprint-line-of-visibility = 可视线
blueprint-line-of-internal-interaction = 内部互动线

## 图例
legend = 图例
legend-pain = { $category }痛点
legend-opportunity = 机会
legend-negative = 负面情绪（−3）
legend-neutral = 中性（0）
legend-positive = 正面情绪（+3）
legend-moment-of-truth = 真相时刻（发现、购买、体验、忠诚）
legend-persona = 用户画像：{ $name }
legend-segment = 客户群：{ $segment }
legend-kind-updated = { $kind } · 更新于 { $date }

## 痛点页
pain-page-title = 痛点 → 机会：{ $title }
pain-page-summary = 共 { $count } 个痛点，已应对 { $answered } 个，未应对 { $unanswered } 个
pain-page-stage = 阶段
pain-page-pain-point = 痛点
pain-page-answered-by = 应对机会
pain-page-unanswered = 未应对：尚无机会解决这个痛点
pain-page-none = 此地图还没有痛点。

## 页面、拼贴纸张与幻灯片
page-title = { $title } — 第 { $number } 页，共 { $total } 页
page-of = 第 { $number } 页，共 { $total } 页
sheet-label = { $sheet } — 第 { $row } 行，第 { $column } 列   ·   { $title }   ·   第 { $number } 页，共 { $total } 页
sheet-cutting-hint = 沿裁切标记裁切；相邻纸张重叠 { $overlap } 毫米。共 { $count } 张：{ $rows } 行 × { $columns } 列。
slide-number = { $number } / { $total }
outline-slide = 幻灯片 { $number } / { $total }：{ $name }
outline-part = { $title } · 第 { $number } 页，共 { $total } 页
outline-page = { $size } 页面

## “变更内容” PDF 与变更标记
changes-title = 变更内容：{ $old } → { $new }
changes-key = { $count } · 绿色：新增 · 琥珀色：已编辑 · 蓝色箭头：已移动 · 红色虚线：已删除，以及旧的情绪曲线
changes-count = { $count ->
    [0] 没有变更
   *[other] { $count } 处变更
}
changes-continued = { $heading }（续）
changes-none = 两张地图完全相同。
changes-group-map = 地图与用户画像
changes-group-stages = 阶段
changes-group-lanes = 泳道
changes-group-cards = 卡片
changes-group-emotion = 情绪
changes-group-pains = 痛点与机会
changes-group-kpis = 关键绩效指标
change-added = 新增
change-moved-from = 移自 { $cell }
change-moved = 已移动
change-moved-within = 在同一单元格内移动
change-was = 原为：{ $old }
change-removed = 已删除：{ $text }
change-removed-from = 已从 { $cell } 删除：

## PDF bookmarks
bookmark-page = 第 { $number } 页，共 { $total } 页
bookmark-page-stage = 第 { $number } 页，共 { $total } 页：{ $stage }
bookmark-page-stages = 第 { $number } 页，共 { $total } 页：{ $first } – { $last }
bookmark-pain-page = 痛点与机会
bookmark-stage = 阶段 { $number }

## Change lines of the "what changed" list
change-subject-map = 地图
change-subject-persona = 用户画像
change-subject-stage = 阶段 { $name }
change-subject-lane = 泳道 { $name }
change-line-added = 新增：{ $subject }
change-line-removed = 已删除：{ $subject }
change-line-renamed = { $subject } 更名为 { $new }
change-line-moved = { $subject } 从 { $from } 移至 { $to }
change-line-reordered = { $subject } 在同一单元格内移动
change-line-answered = { $subject } 现已有机会应对
change-line-unanswered = { $subject }：不再有机会应对
change-line-edited = { $subject }：{ $field } { $old } → { $new }
change-line-edited-value = { $subject }：{ $old } → { $new }
change-line-kpi-added = { $subject }：新增关键绩效指标：{ $new }
change-line-kpi-removed = { $subject }：删除关键绩效指标：{ $old }
change-line-kpi-edited = { $subject }：关键绩效指标 { $old } → { $new }
value-yes = 是
value-no = 否
field-text = 文本
field-name = 名称
field-title = 标题
field-segment = 客户群
field-description = 描述
field-kind = 类型
field-language = 语言
field-created = 创建于
field-updated = 更新于
field-role = 角色
field-quote = 引言
field-bio = 简介
field-photo = 照片
field-demographics = 人口特征
field-goals = 目标
field-needs = 需求
field-behaviours = 行为
field-suggestions = 建议
field-notes = 备注
field-steps = 步骤
field-insights = 洞察
field-drop-off = 流失率
field-goal-completion = 目标完成率
field-hidden = 隐藏
field-cell = 单元格
field-details = 详情
field-channel = 渠道
field-presence = 线上或线下
field-satisfaction = 满意度
field-category = 类别
field-severity = 严重度
field-owner = 负责人
field-priority = 优先级
field-status = 状态
field-answers = 对应痛点
field-score = 情绪分值
field-moment = 真相时刻
field-value = 数值
field-target = 目标值
field-unit = 单位
field-color = 颜色
field-icon = 图标
field-position = 位置
field-conflicts = 未解决的合并冲突
field-answered-by = 应对机会
