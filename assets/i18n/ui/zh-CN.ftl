# Wayline 编辑器界面的全部文字（简体中文）。键与 en.ftl、pl.ftl 相同。
# 用词取自种子资料：客户旅程地图、阶段、接触点、痛点、机会、关键绩效指标、真相时刻。

## Actions

action-new = 新建…
action-open = 打开…
action-save = 保存
action-save-as = 另存为…
action-export = 导出…
action-import = 导入…
action-export-csv = 将卡片导出为 CSV…
action-undo = 撤销
action-redo = 重做
action-copy = 复制
action-paste = 粘贴
action-duplicate = 创建副本
action-delete = 删除
action-select-all = 全选
action-zoom-in = 放大
action-zoom-out = 缩小
action-zoom-fit = 缩放以适合窗口
action-zoom-actual = 实际大小
action-scale-up = 放大界面
action-scale-down = 缩小界面
view-interface-size = 界面大小：{ $percent }%
view-interface-normal = 正常界面大小
action-add-stage = 添加阶段
action-add-lane = 添加泳道
action-present = 演示
action-print-preview = 打印预览（分页）
action-compare = 比较…

## Menu bar

menu-structure = 阶段和泳道
menu-structure-tip = 显示或隐藏结构面板
menu-file = 文件
menu-open-recent = 最近打开
menu-no-recent = 没有最近的文件
menu-quit = 退出
menu-edit = 编辑
menu-view = 视图
menu-show-hidden-lanes = 显示隐藏的泳道
menu-print-preview-tip = 按导出对话框当前选项显示分页
menu-pains-window = 痛点 → 机会
menu-language = 语言
menu-insert = 插入
menu-lane = 泳道
menu-inspector = 检查器
menu-inspector-tip = 显示或隐藏检查器面板
menu-undo = ↶ 撤销
menu-redo = ↷ 重做
menu-pains = 痛点
menu-pains-unanswered = 痛点（{ $count } 个未应对）
pains-opportunity = { $owner } · 优先级{ $priority } · { $status }
pains-no-owner = 无负责人
menu-pains-tip = 痛点以及应对它们的机会
menu-fit = 适合窗口
menu-fit-tip = 缩放以适合窗口（Ctrl+0）
key-plus = 加号
key-minus = 减号
status-opening = 正在打开 { $file }…
status-importing = 正在导入 { $file }…
status-saving = 正在保存 { $file }…
status-exporting = 正在导出 { $file }…
status-exported = { $pages ->
    [1] 已导出 { $file }
   *[other] 已导出 { $file }（{ $pages } 页）
}

## Common buttons

button-ok = 确定
button-cancel = 取消
button-save = 保存
button-dont-save = 不保存
button-overwrite = 覆盖

## File dialogs

dialog-open = 打开客户旅程地图
dialog-save = 保存客户旅程地图
dialog-import = 导入 Mermaid 旅程图或卡片的 CSV 表格
dialog-export = 导出客户旅程地图
dialog-export-csv = 将卡片导出为 CSV
dialog-export-changes = 将更改导出为 PDF 或 SVG
dialog-compare-with = 比较对象
dialog-persona-photo = 用户画像照片
filter-journey-map = 客户旅程地图
filter-all-files = 所有文件
filter-mermaid-or-csv = Mermaid 或 CSV
filter-mermaid = Mermaid 旅程图
filter-csv = 卡片的 CSV 表格
filter-pdf = PDF
filter-png = PNG 图片
filter-svg = SVG 图形（Figma、Illustrator、Inkscape）
filter-svg-pages = SVG 图形（每页一个文件）
filter-image = 图片
choose-no-native = 此处没有可用的系统文件对话框（需要 XDG 桌面门户或 zenity），因此 Wayline 显示自带的对话框。
choose-native-failed = 系统文件对话框没有打开（XDG 桌面门户和 zenity 都没有响应），因此 Wayline 显示自带的对话框。
builtin-folder = 文件夹
builtin-go = 前往
builtin-up = 上一级
builtin-show-all = 显示所有文件，而不仅是{ $filter }
builtin-file-name = 文件名
builtin-will-replace = 文件夹中已有同名文件：它将被替换。
builtin-save-here = 保存到这里
builtin-choose = 选择
builtin-type-name = 请输入文件名或选择一个文件。
builtin-no-such-file = 此文件夹中没有文件“{ $name }”。
builtin-listing-stopped = 列出文件夹内容意外中止

## Window dialogs

error-title = 出错了
error-map-unchanged = 你打开的地图没有改变。
error-open-failed = 无法打开这张地图：
error-import-failed = 无法导入这个文件：
error-save-failed = 无法保存这张地图：
error-export-failed = 导出没有完成：
error-edit-failed = 无法进行这项更改：
error-compare-failed = 无法读取要比较的版本：
error-template-failed = 无法载入这个模板：
error-opening-stopped = { $file }：打开意外中止
error-importing-stopped = { $file }：导入意外中止
error-saving-stopped = { $file }：保存意外中止
error-export-stopped = { $file }：导出意外中止
error-loading-stopped = { $file }：读取意外中止
error-no-template = 没有名为“{ $name }”的模板。
error-step-has-cards = 这个步骤中还有卡片；请先把它们移到另一个步骤。
error-lane-kind-emotions = 有卡片的泳道不能改成情绪泳道，也不能从情绪泳道改成别的类型：情绪点和卡片是不同的东西。
changed-on-disk-title = { $file } 已在磁盘上被更改
changed-on-disk-body = 自你打开以来，另一个程序（或一次 git 检出）更改了这个文件。现在保存会用你的更改替换那些更改。
unsaved-title = 保存对 { $file } 的更改吗？
unsaved-body = 如果不保存，你的更改将会丢失。
new-title = 新建客户旅程地图
new-from-template = 从模板开始：
new-template-tip = 包含示例内容
new-empty = 空白
new-empty-tip = 相同的阶段和泳道，不含内容
new-gallery-intro = 从模板开始，或从空白地图开始。
new-drawing-previews = 正在绘制预览…
new-previews-failed = 绘制模板预览时意外中止。
new-empty-map = 空白地图
new-empty-map-description = 五个阶段和标准泳道，没有卡片：从零开始。
new-template-facts = { $kind } · { $stages } 个阶段 · { $lanes } 条泳道 · { $language }
new-preview = { $title }：预览
new-use = 使用模板
new-use-named = 使用模板：{ $title }
new-blank = 空白地图
new-structure-only = 仅结构
new-structure-only-named = 仅结构：{ $title }
template-saas-onboarding = SaaS 新用户引导：从试用到付费，含关键绩效指标、洞察和负责人（英文）
template-broadband-blueprint = 宽带安装服务蓝图，含负责人和关键绩效指标（英文）
template-ecommerce = 五个阶段的电商购买旅程，含关键绩效指标和洞察（中文）
template-service-blueprint = B2B 服务蓝图：前台、后台、支持流程、负责人（中文）
template-awareness-to-advocacy = 从认知到推荐的七个阶段，含真相时刻（中文）
template-persona-first = 完整的用户画像和四类痛点（中文）
template-current-state = 一次网购的现状地图（波兰语）
template-future-state = 与现状地图对应的未来状态地图（波兰语）
template-day-in-the-life = 客户的一天，逐小时记录（波兰语）
template-empty = 五个空阶段和标准泳道（英语）
document-untitled = 未命名
new-map-title = 未命名的客户旅程

## Recovery

recovery-title = 恢复未保存的工作吗？
recovery-body = Wayline 上次没有正常关闭。它保留了 { $time } 时对 { $name }（“{ $title }”）未保存的更改。
recovery-unsaved-map = 一张未保存的地图
recovery-restore = 恢复
recovery-discard = 丢弃
recovery-dismiss = 知道了
recovery-open-elsewhere = { $name } 已在另一个 Wayline 窗口中打开。两个窗口中的更改保存时会互相覆盖；本窗口把未保存的工作另存在自己的恢复文件中。
recovery-this-map = 这张地图
recovery-cannot-set-up = 无法在 { $dir } 中建立恢复文件：{ $error }；未保存的工作不会被另存
recovery-cannot-write = 无法在 { $dir } 中写入恢复文件：{ $error }
recovery-looking-stopped = 查找未保存的工作意外中止
recovery-setting-up-stopped = 建立恢复文件意外中止
recovery-writing-stopped = 写入恢复文件意外中止

## Structure panel

structure-stages = 阶段
structure-lanes = 泳道
structure-unnamed = （未命名）
structure-move-left = 左移
structure-move-right = 右移
structure-move-up = 上移
structure-move-down = 下移
structure-hide-lane = 隐藏泳道
structure-show-lane = 显示泳道
structure-help = 双击单元格添加卡片，双击卡片进行编辑。在单元格之间拖动卡片，拖动阶段和泳道标题调整顺序，上下拖动情绪点。按住空格拖动或滚动以平移，Ctrl+滚动以缩放。
new-stage-name = 阶段 { $number }

## Canvas

canvas-label = 地图画布
canvas-edit-text = 编辑文字
canvas-add-stage-after = 在后面添加阶段
canvas-delete-stage = 删除阶段
canvas-add-lane-below = 在下面添加泳道
canvas-delete-lane = 删除泳道
canvas-add-card-here = 在此添加卡片
canvas-card-text = 卡片文字
canvas-editing-hint = Enter 保留 · Shift+Enter 换行 · Esc 取消
canvas-no-photo = 无照片
access-stage = 阶段：{ $name }
access-lane = 泳道：{ $name }
access-cell = 单元格：{ $stage }{ $step } × { $lane }
access-card = 卡片：{ $text } — { $cell }
access-emotion = 情绪点：{ $text }（{ $score }）— { $stage }
access-empty = （空）
preview-invalid = 打印预览：导出选项无效（见 文件 → 导出…）

## Inspector

inspector-selected = 已选择 { $count } 张卡片
inspector-delete-them = 删除它们
inspector-card = 卡片
inspector-text = 文字
inspector-label = 标签
inspector-step = 步骤
inspector-whole-stage = 整个阶段
inspector-colour = 颜色
inspector-icon = 图标
inspector-default = 默认
inspector-delete-card = 删除卡片
inspector-channel = 渠道
inspector-satisfaction = 满意度
inspector-of-five = （满分 5）
inspector-category = 类别
inspector-severity = 严重程度
inspector-owner = 负责人
inspector-priority = 优先级
inspector-status = 状态
inspector-answers = 应对以下痛点：
inspector-score = 分数
inspector-moment = 真相时刻
inspector-none = 无
inspector-value = 数值
inspector-target = 目标
inspector-unit = 单位
inspector-stage = 阶段
inspector-name = 名称
inspector-description = 描述
inspector-steps = 步骤
inspector-step-name = 步骤名称
inspector-remove-step = 删除步骤
inspector-add-step = 添加步骤
new-step-name = 步骤 { $number }
inspector-kpis = 关键绩效指标
inspector-kpi-name = 指标名称
inspector-remove-kpi = 删除指标
inspector-add-kpi = 添加指标
new-kpi-name = 新指标
inspector-insights = 洞察（每行一条）
inspector-drop-off = 流失率 %
inspector-goal-completion = 目标完成率 %
inspector-delete-stage = 删除阶段及其卡片
inspector-lane = 泳道
inspector-kind = 类型
inspector-hidden = 隐藏
inspector-delete-lane = 删除泳道及其卡片
inspector-map = 地图
inspector-title = 标题
inspector-segment = 客户群
inspector-dates = 创建于 { $created } · 更新于 { $updated }
inspector-map-language = 标签语言
inspector-map-language-guessed = 按内容判断（{ $language }）
inspector-map-language-tip = 地图上印出的文字所用的语言：标题、图例、详情行、纸张标签
inspector-persona = 用户画像
inspector-role = 角色
inspector-photo = 照片：{ $file }
inspector-photo-none = 无
inspector-choose = 选择…
inspector-clear = 清除
inspector-quote = 引言
inspector-about = 简介
inspector-demographics = 人口统计信息
inspector-fact-label = 项目
inspector-fact-value = 数值
inspector-remove-fact = 删除此项
inspector-add-fact = 添加一项
new-fact-label = 年龄
inspector-goals = 目标（每行一条）
inspector-needs = 需求与问题
inspector-behaviours = 行为
inspector-suggestions = 建议
inspector-notes = 备注

## Kinds

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
map-kind-current-state = 现状地图
map-kind-future-state = 未来状态地图
map-kind-day-in-the-life = 一日生活
map-kind-service-blueprint = 服务蓝图
presence-online = 线上
presence-offline = 线下
presence-both = 线上和线下
pain-category-financial = 财务
pain-category-productivity = 效率
pain-category-process = 流程
pain-category-support = 支持
severity-low = 低
severity-medium = 中
severity-high = 高
severity-critical = 严重
priority-low = 低
priority-medium = 中
priority-high = 高
status-idea = 构想
status-planned = 已计划
status-in-progress = 进行中
status-done = 已完成
status-dropped = 已放弃
moment-discovery = 发现
moment-purchase = 购买
moment-experience = 体验
moment-loyalty = 忠诚
icon-alert = 警告
icon-idea = 灵感
icon-star = 星标
icon-heart = 爱心
icon-flag = 旗帜
icon-check = 对勾
icon-question = 问号
icon-money = 金钱
icon-clock = 时钟
icon-person = 人物

## Export dialog

export-title = 导出
export-page = 页面尺寸
export-page-fit = 适合地图
export-page-letter = Letter（美国信纸）
export-page-tabloid = Tabloid（美国小报）
export-orientation = 方向
export-orientation-auto = 自动
export-orientation-portrait = 纵向
export-orientation-landscape = 横向
export-margin = 页边距（毫米）
export-colours = 颜色
export-colours-screen = 屏幕
export-colours-print = 打印（省墨）
export-png = PNG
export-transparent = 透明背景
export-split = 分成多页，而不是缩小
export-slides = 幻灯片：16:9，先总览，再每个阶段一张
export-workshop = 工作坊：每个单元格留出便利贴空间，并加一条空白备注泳道
export-persona = 用户画像面板
export-hidden-lanes = 隐藏的泳道
export-pain-page = 痛点 → 机会页
export-svg-outlines = SVG：文字转为轮廓（没有我们的字体也显示一样）
export-show-breaks = 在画布上显示分页
export-tile = 将页面拼贴为海报，每张纸为
export-tile-tip = 上面的页面尺寸就是海报尺寸（适合地图：地图的原始大小）；每张纸都有裁切标记和标签
unit-dpi = DPI
unit-mm = 毫米
export-overlap = 重叠
export-planning-stopped = 规划页面意外中止
export-small-text = 文字过小：{ $detail }
export-sticky-notes = 便利贴：{ $detail }
export-missing-characters = 缺少字符：{ $detail }
export-small-text-detail = 最小的文字打印出来只有 { $size } pt，小于易读的 { $min } pt；{ $advice }
export-small-text-on-page = 最小的文字（第 { $page } 页）打印出来只有 { $size } pt，小于易读的 { $min } pt；{ $advice }
export-advice-shorten-slides = 幻灯片容纳不了这么多内容：请缩短该阶段的卡片，或改为打印地图
export-advice-bigger-poster = 为海报选择更大的页面（{ $page }）
export-advice-tile-full-size = 改为按原始大小拼贴地图：页面选“{ $fit }”
export-advice-bigger-page = 选择更大的页面
export-advice-larger-scale = 以更大的比例导出
export-advice-bigger-paper = 选择 { $page } 纸张，或勾选“{ $tile } { $sheet }”并将页面设为 { $page }
export-advice-tile-fit = 勾选“{ $tile } { $sheet }”并将页面设为“{ $fit }”（地图的原始大小）
export-sticky-notes-detail = 便利贴空间打印出来宽 { $printed } mm，小于 { $note } mm 的便利贴；请打印得更大（更大的页面或海报；比例为 1 及以上时即可放下）
export-missing-detail = { $others ->
        [0] { $place }
       *[other] { $place }（以及另外 { $others } 处）
    }：没有内置字体包含 { $char }（{ $code }），它会打印成方框
export-place-title = 标题
export-place-persona = 用户画像的“{ $field }”
export-place-persona-name = 姓名
export-place-persona-goals = 目标
export-place-card = 卡片“{ $text }”（{ $cell }）
export-place-stage = 阶段“{ $name }”
export-place-lane = 泳道“{ $name }”
export-place-description = 描述
export-place-segment = 客户群
export-place-map = 地图

## Compare mode

compare-title = 比较
compare-reading = 正在读取 { $label }…
compare-count = { $count ->
    [0] 自 { $label } 以来没有更改
   *[other] 自 { $label } 以来有 { $count } 处更改
}
compare-legend = 绿色 新增 · 琥珀色 编辑 · 蓝色 移动 · 红色虚线 删除
compare-stop = 停止比较
compare-export = 导出更改（PDF 或 SVG）…
compare-writing = 正在写入 PDF…
compare-wrote = 已写入 { $file }
compare-cannot-write = { $file }：无法写入 PDF：{ $error }
compare-export-stopped = 导出意外中止
compare-change-tip =
    { $description }
    之前：{ $old }
    现在：{ $new }
compare-conflict-tip = 合并冲突：{ $detail }
compare-not-saved = 这张地图尚未保存，因此没有更早的版本；请改为与另一个文件比较
compare-history-stopped = 读取 git 历史意外中止
compare-with-intro = 显示打开的地图相对另一个版本有哪些更改。
compare-with-file = 另一个地图文件…
compare-git = git 中的更早版本
compare-git-count = git 中的更早版本（{ $count } 个提交）
compare-reading-history = 正在读取历史…
compare-commit-tip = 将打开的地图与这个版本比较
compare-removed-title = 已删除
compare-removed-intro = 在 { $label } 中有，打开的地图中已没有。
compare-removed-was-in = 原在 { $cell }
change-added = 新增
change-removed = 删除
change-renamed = 重命名
change-moved = 移动
change-reordered = 调整顺序
change-edited = 编辑
change-answered = 已应对
change-unanswered = 未应对
group-map = 地图和用户画像
group-stages = 阶段
group-lanes = 泳道
group-cards = 卡片
group-emotion = 情绪
group-pains = 痛点和机会
group-kpis = 关键绩效指标
git-not-installed = 没有安装 git（或它不在 PATH 中），因此无法读取更早的版本
git-cannot-run = 无法在 { $dir } 中运行 git：{ $error }
git-not-a-repository = { $file } 不在 git 仓库中，因此没有可比较的更早版本；请改为与另一个文件比较
git-not-a-file-name = { $file }：不是文件名
git-no-versions = { $file } 在 git 中还没有提交过的版本

## Merge conflicts

conflicts-count = { $count } 个冲突
conflicts-tip = 未解决的合并冲突：请为每一项选择我方或对方
conflicts-title = 合并冲突
conflicts-intro = 两个分支更改了同一处内容。在你做出选择之前，地图显示我方的值。
conflicts-keep-all-ours = 全部保留我方
conflicts-take-all-theirs = 全部采用对方
conflicts-ours = 我方（当前显示）
conflicts-keep-ours = 保留我方
conflicts-theirs = 对方
conflicts-take-theirs = 采用对方
conflicts-deleted = （已删除）
conflicts-deleted-tip = 这一方删除了它

## Pain points window

pains-title = 痛点 → 机会
pains-all = 全部
pains-any = 任意
pains-unanswered-only = 只看未应对的
pains-shown = 显示 { $count } 个痛点，其中 { $unanswered } 个未应对
pains-stage = 阶段
pains-pain-point = 痛点
pains-answered-by = 应对的机会
pains-detail = { $category } · 严重程度{ $severity }
pains-unanswered = 未应对
pains-answer-with = 用机会应对…
pains-new-opportunity = 新机会
pains-no-opportunity-lane = 地图没有“机会”泳道

## Presentation

present-label = 演示
present-keys = → 空格 下一张 · ← 上一张 · 1–9 阶段 · P 痛点 · T 浅色/深色 · Esc 退出
slide-overview = 总览 — { $title }
slide-stage = 第 { $number } 个阶段，共 { $total } 个 — { $name }
slide-pain = 第 { $number } 个痛点，共 { $total } 个 — { $stage }
slide-opportunity = 第 { $number } 个机会，共 { $total } 个 — { $stage }
slide-answers = { $more ->
    [0] 应对“{ $pain }”
   *[other] 应对“{ $pain }”及另外 { $more } 个痛点
}
